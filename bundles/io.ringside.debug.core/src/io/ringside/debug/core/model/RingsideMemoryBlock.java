package io.ringside.debug.core.model;

import java.math.BigInteger;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IMemoryBlockExtension;
import org.eclipse.debug.core.model.IMemoryBlockRetrieval;
import org.eclipse.debug.core.model.MemoryByte;

import io.ringside.core.memory.RingImage;

/**
 * A block of the ring memory in the Memory view: the bytes {@link RingImage} rebuilds from the replay
 * state at the cursor (little-endian, as in guest memory). Bytes inside a rebuilt ring region are readable
 * (a field the trace never wrote reads as 0, as the driver zeroes its rings); bytes outside every region
 * are not known to the trace and are reported unreadable (the renderings show them as {@code ??}). A byte
 * that differs from the previous suspend is flagged {@link MemoryByte#CHANGED}. Read-only: a trace is
 * history.
 */
public final class RingsideMemoryBlock extends RingsideDebugElement implements IMemoryBlockExtension {

    /** Length of a block that starts outside every ring region. */
    static final long DEFAULT_LENGTH = 256;

    private final String expression;
    private final BigInteger base;
    private final long length;
    private final Set<Object> connections = new LinkedHashSet<>();

    RingsideMemoryBlock(RingsideDebugTarget target, String expression, long base, long length) {
        super(target);
        this.expression = expression;
        this.base = BigInteger.valueOf(base);
        this.length = length;
    }

    @Override
    public String getExpression() {
        return expression;
    }

    @Override
    public BigInteger getBigBaseAddress() {
        return base;
    }

    @Override
    public BigInteger getMemoryBlockStartAddress() {
        return null; // the whole address space may be scrolled
    }

    @Override
    public BigInteger getMemoryBlockEndAddress() {
        return null;
    }

    @Override
    public BigInteger getBigLength() {
        return BigInteger.valueOf(length);
    }

    @Override
    public int getAddressSize() {
        return 8;
    }

    @Override
    public boolean supportBaseAddressModification() {
        return false;
    }

    @Override
    public boolean supportsChangeManagement() {
        return true;
    }

    @Override
    public void setBaseAddress(BigInteger address) throws DebugException {
        throw error("the base address of a Ringside memory block cannot be changed", null);
    }

    @Override
    public MemoryByte[] getBytesFromOffset(BigInteger unitOffset, long addressableUnits) throws DebugException {
        return getBytesFromAddress(base.add(unitOffset), addressableUnits);
    }

    @Override
    public MemoryByte[] getBytesFromAddress(BigInteger address, long units) throws DebugException {
        if (units < 0 || units > Integer.MAX_VALUE - 8) {
            throw error("cannot read " + units + " bytes", null);
        }
        RingImage now = getRingsideTarget().ringMemory();
        RingImage before = getRingsideTarget().previousRingMemory();
        MemoryByte[] out = new MemoryByte[(int) units];
        long start = address.longValue();
        boolean inRange = address.signum() >= 0 && address.bitLength() <= 64;
        for (int i = 0; i < out.length; i++) {
            long a = start + i;
            MemoryByte b = new MemoryByte((byte) 0, (byte) 0);
            if (inRange && now != null && now.regionAt(a) != null) {
                int v = now.memory().read8(a);
                b.setValue((byte) v);
                b.setReadable(true);
                b.setEndianessKnown(true);
                b.setBigEndian(false);
                if (before != null) {
                    b.setHistoryKnown(true);
                    b.setChanged(before.regionAt(a) == null || before.memory().read8(a) != v);
                }
            }
            out[i] = b;
        }
        return out;
    }

    /** True when a byte of this block differs between two rebuilds (CHANGE events after a move). */
    boolean differs(RingImage a, RingImage b) {
        if (a == null || b == null) {
            return a != b;
        }
        long s = base.longValue();
        for (long i = 0; i < length; i++) {
            boolean ra = a.regionAt(s + i) != null;
            boolean rb = b.regionAt(s + i) != null;
            if (ra != rb || (ra && a.memory().read8(s + i) != b.memory().read8(s + i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void setValue(BigInteger offset, byte[] bytes) throws DebugException {
        throw error("a trace cannot be changed", null);
    }

    @Override
    public synchronized void connect(Object client) {
        connections.add(client);
    }

    @Override
    public synchronized void disconnect(Object client) {
        connections.remove(client);
    }

    @Override
    public synchronized Object[] getConnections() {
        return connections.toArray();
    }

    @Override
    public void dispose() {
        synchronized (this) {
            connections.clear();
        }
        getRingsideTarget().removeMemoryBlock(this);
    }

    @Override
    public IMemoryBlockRetrieval getMemoryBlockRetrieval() {
        return getRingsideTarget();
    }

    @Override
    public int getAddressableSize() {
        return 1;
    }

    // IMemoryBlock

    @Override
    public long getStartAddress() {
        return base.longValue();
    }

    @Override
    public long getLength() {
        return length;
    }

    @Override
    public byte[] getBytes() throws DebugException {
        MemoryByte[] m = getBytesFromAddress(base, length);
        byte[] out = new byte[m.length];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].getValue();
        }
        return out;
    }

    @Override
    public boolean supportsValueModification() {
        return false;
    }

    @Override
    public void setValue(long offset, byte[] bytes) throws DebugException {
        throw error("a trace cannot be changed", null);
    }

    @Override
    public String toString() {
        return expression + " @0x" + base.toString(16);
    }
}
