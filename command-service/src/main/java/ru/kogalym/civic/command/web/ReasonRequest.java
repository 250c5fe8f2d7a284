package ru.kogalym.civic.command.web;

import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The body of a withdrawal: why the record is withdrawn. */
public record ReasonRequest(
        @Schema(requiredMode = REQUIRED, example = "Введено по ошибке") String reason) {
}
