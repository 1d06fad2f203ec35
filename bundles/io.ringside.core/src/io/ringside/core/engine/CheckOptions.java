package io.ringside.core.engine;

/**
 * Options of a replay and check. {@code needEvent} selects the notification formula the checker
 * expects the driver and device to follow.
 */
public record CheckOptions(NeedEvent needEvent) {

    public static final CheckOptions DEFAULT = new CheckOptions(NeedEvent.LINUX);

    public CheckOptions withNeedEvent(NeedEvent n) {
        return new CheckOptions(n);
    }
}
