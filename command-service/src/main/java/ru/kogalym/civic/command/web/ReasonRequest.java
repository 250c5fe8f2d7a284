package ru.kogalym.civic.command.web;

/** The body of a withdrawal: why the record is withdrawn. */
public record ReasonRequest(String reason) {
}
