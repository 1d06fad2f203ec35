package io.ringside.ui.internal.prefs;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import io.ringside.ui.trace.TimeFormat;

/** Window > Preferences > Ringside: how the event table, the timeline and tooltips show times. */
public final class RingsidePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public RingsidePreferencePage() {
        super(GRID);
        setDescription("How the event table, the timeline and their tooltips show an event's time.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(RingsidePreferences.store());
    }

    @Override
    protected void createFieldEditors() {
        TimeFormat.Mode[] modes = TimeFormat.Mode.values();
        String[][] choices = new String[modes.length][];
        for (int i = 0; i < modes.length; i++) {
            choices[i] = new String[] { modes[i].label(), modes[i].name() };
        }
        addField(new RadioGroupFieldEditor(RingsidePreferences.TIME_DISPLAY, "Time display", 1, choices,
                getFieldEditorParent(), true));
    }
}
