package ru.kogalym.civic.command.web;

/** The body of a {@code 201 Created}: the id of what was created. */
public record IdResponse(String id) {
}
