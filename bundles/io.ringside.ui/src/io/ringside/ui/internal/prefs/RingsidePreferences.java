package io.ringside.ui.internal.prefs;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import io.ringside.ui.RingsideUI;
import io.ringside.ui.trace.TimeFormat;

/**
 * The workbench's Ringside preferences (Window > Preferences > Ringside), kept in the workspace: how times
 * are shown, and whether the getting-started page has been shown once.
 */
public final class RingsidePreferences {

    /** How times are shown: a {@link TimeFormat.Mode} name. */
    public static final String TIME_DISPLAY = "timeDisplay";
    /** The getting-started page was opened on a first start of this workspace. */
    public static final String GETTING_STARTED_SHOWN = "gettingStartedShown";

    private static ScopedPreferenceStore store;

    private RingsidePreferences() {
    }

    public static synchronized IPreferenceStore store() {
        if (store == null) {
            store = new ScopedPreferenceStore(InstanceScope.INSTANCE, RingsideUI.PLUGIN_ID);
            store.setDefault(TIME_DISPLAY, TimeFormat.Mode.RELATIVE.name());
        }
        return store;
    }

    public static TimeFormat.Mode timeMode() {
        return TimeFormat.Mode.of(store().getString(TIME_DISPLAY));
    }

    /** Sets the time form (the preference page, tests); listeners redraw. */
    public static void setTimeMode(TimeFormat.Mode mode) {
        store().setValue(TIME_DISPLAY, mode.name());
        save();
    }

    /** Writes the preferences to the workspace now. */
    public static void save() {
        try {
            ((ScopedPreferenceStore) store()).save();
        } catch (java.io.IOException e) {
            org.eclipse.core.runtime.ILog.of(RingsidePreferences.class)
                    .log(org.eclipse.core.runtime.Status.warning("Cannot save the Ringside preferences: " + e.getMessage(), e));
        }
    }

    public static void addListener(IPropertyChangeListener l) {
        store().addPropertyChangeListener(l);
    }

    public static void removeListener(IPropertyChangeListener l) {
        store().removePropertyChangeListener(l);
    }
}
