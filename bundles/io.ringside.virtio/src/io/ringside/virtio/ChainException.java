package io.ringside.virtio;

/**
 * The device found a descriptor chain it cannot follow (a loop, a next outside the table, an unreadable
 * indirect table). A real device marks itself broken (QEMU: {@code virtio_error}); the emulator stops.
 */
public final class ChainException extends Exception {

    private static final long serialVersionUID = 1L;

    public ChainException(String message) {
        super(message);
    }
}
