package ru.kogalym.civic.query.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import ru.kogalym.civic.eventstore.chain.Checkpoints;

/** A signed checkpoint as exported for an outside witness. */
record SignedCheckpoint(
        @Schema(description = "глобальная позиция, до которой подписана цепочка", example = "1000") long position,
        @Schema(description = "хеш цепочки в этой позиции (SHA-256, hex)",
                example = "7ff2cbae466d52c659828455396d8088d3619768c05866e3283e6661eeb86c80") String hash,
        @Schema(description = "когда подписана (ISO-8601)", example = "2026-03-02T09:10:00.123Z") String signedAt,
        @Schema(description = "какой ключ: первые 8 байт SHA-256 ключа, hex", example = "3f9a0c41d2e7b865") String keyId,
        @Schema(description = "алгоритм подписи", example = "HMAC-SHA256") String algorithm,
        @Schema(description = "HMAC-SHA256 (hex) по UTF-8 канонического JSON {\"hash\":…,\"position\":…,\"signedAt\":…}",
                example = "c0ffee3d5e8a1b7f9e4d2c6b0a1f3e5d7c9b8a6f4e2d0c1b3a5f7e9d8c6b4a29") String signature) {

    static SignedCheckpoint of(Checkpoints.Checkpoint checkpoint) {
        return new SignedCheckpoint(checkpoint.position(), checkpoint.hash(), checkpoint.signedAt(), checkpoint.keyId(),
                                    "HMAC-SHA256", checkpoint.signature());
    }
}
