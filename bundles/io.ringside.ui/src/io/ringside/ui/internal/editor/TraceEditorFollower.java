package io.ringside.ui.internal.editor;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * Keeps a view on the page's trace editor: the one last activated, and when the shown one closes, the page's
 * active editor if that is another trace editor, else none. The Rings and Timeline views follow the editor
 * this way.
 */
public final class TraceEditorFollower implements IPartListener2 {

    private final IWorkbenchPage page;
    private final Supplier<TraceEditor> shown;
    private final Consumer<TraceEditor> show;

    private TraceEditorFollower(IWorkbenchPage page, Supplier<TraceEditor> shown, Consumer<TraceEditor> show) {
        this.page = page;
        this.shown = shown;
        this.show = show;
    }

    /**
     * Starts following: {@code show} gets the page's active trace editor (or null) now and each later one;
     * {@code shown} says which editor the view shows. {@link #dispose()} when the view goes.
     */
    public static TraceEditorFollower follow(IWorkbenchPage page, Supplier<TraceEditor> shown,
            Consumer<TraceEditor> show) {
        TraceEditorFollower f = new TraceEditorFollower(page, shown, show);
        page.addPartListener(f);
        IEditorPart active = page.getActiveEditor();
        show.accept(active instanceof TraceEditor ed ? ed : null);
        return f;
    }

    public void dispose() {
        page.removePartListener(this);
    }

    @Override
    public void partActivated(IWorkbenchPartReference ref) {
        if (ref.getPart(false) instanceof TraceEditor ed) {
            show.accept(ed);
        }
    }

    @Override
    public void partClosed(IWorkbenchPartReference ref) {
        TraceEditor current = shown.get();
        if (ref.getPart(false) == current) {
            IEditorPart next = page.getActiveEditor();
            show.accept(next instanceof TraceEditor ed && next != current ? ed : null);
        }
    }
}
