package io.ringside.emulator;

/**
 * A known bug an emulator can plant in a trace ({@code generate --inject NAME}), for testing checkers
 * and for teaching. {@code rules} names the rule ids the checker reports for it; {@code needs} says what
 * the emulator turns on (or off) to plant it.
 */
public record Fault(String name, String description, String rules, String needs) {

    /** One line for {@code --list-faults}: name first. */
    public String line() {
        return String.format("%-24s %s (%s%s)", name, description, rules, needs.isEmpty() ? "" : "; turns on: " + needs);
    }
}
