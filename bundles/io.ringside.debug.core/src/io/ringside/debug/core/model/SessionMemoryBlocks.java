package io.ringside.debug.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.IMemoryBlockExtension;

import io.ringside.core.memory.RingImage;

/**
 * The memory blocks of one debug session (what the Memory view monitors): made at an address or at a ring
 * region named by the user, kept until disposed, and each told at a suspend whether the ring memory under
 * it changed. {@link RingsideDebugTarget} answers the platform's memory retrieval with them.
 */
final class SessionMemoryBlocks {

    private final List<RingsideMemoryBlock> blocks = new CopyOnWriteArrayList<>();

    /** The blocks made and not disposed. */
    List<IMemoryBlockExtension> list() {
        return List.copyOf(blocks);
    }

    void remove(RingsideMemoryBlock b) {
        blocks.remove(b);
    }

    RingsideMemoryBlock add(RingsideMemoryBlock b) {
        blocks.add(b);
        return b;
    }

    /** Fires a content change for each block whose bytes differ between the ring memory of two suspends. */
    void fireChanges(RingImage before, RingImage rm) {
        List<DebugEvent> changes = new ArrayList<>();
        for (RingsideMemoryBlock b : blocks) {
            if (b.differs(before, rm)) {
                changes.add(new DebugEvent(b, DebugEvent.CHANGE, DebugEvent.CONTENT));
            }
        }
        if (!changes.isEmpty()) {
            DebugPlugin.getDefault().fireDebugEventSet(changes.toArray(new DebugEvent[0]));
        }
    }

    /**
     * A block at an address ({@code 0x7f000}, {@code 520192}) or at a ring region by name, spaces and case
     * ignored ({@code d0 q0 descriptor table}, {@code d0q0 used ring}); the length is the rest of the region
     * holding the address in {@code rm} (the ring memory of the last suspend, or null), or 256 bytes outside
     * every region.
     */
    RingsideMemoryBlock at(RingsideDebugTarget target, String expression, RingImage rm) throws DebugException {
        String e = expression == null ? "" : expression.trim();
        if (e.isEmpty()) {
            throw RingsideDebugElement.error("no address given", null);
        }
        long address;
        RingImage.Region named = rm == null ? null : regionNamed(rm, e);
        if (named != null) {
            address = named.address();
        } else {
            try {
                address = e.toLowerCase().startsWith("0x") ? Long.parseUnsignedLong(e.substring(2), 16)
                        : Long.parseUnsignedLong(e);
            } catch (NumberFormatException x) {
                StringBuilder names = new StringBuilder();
                if (rm != null) {
                    for (RingImage.Region r : rm.regions()) {
                        names.append(names.length() == 0 ? "" : ", ").append(r.name());
                    }
                }
                throw RingsideDebugElement.error("'" + e + "' is neither an address (0x7f000, 520192) nor a ring region"
                        + (names.length() == 0 ? "" : " (" + names + ")"), null);
            }
        }
        RingImage.Region r = rm == null ? null : rm.regionAt(address);
        long length = r == null ? RingsideMemoryBlock.DEFAULT_LENGTH : r.address() + r.length() - address;
        return add(new RingsideMemoryBlock(target, e, address, length));
    }

    private static RingImage.Region regionNamed(RingImage rm, String name) {
        String want = name.replaceAll("\\s+", "").toLowerCase();
        for (RingImage.Region r : rm.regions()) {
            if (r.name().replaceAll("\\s+", "").toLowerCase().equals(want)) {
                return r;
            }
        }
        return null;
    }
}
