package ru.kogalym.civic.query.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.lang.Nullable;
import ru.kogalym.civic.eventstore.chain.ChainVerifier;
import ru.kogalym.civic.eventstore.chain.Checkpoints;

import java.util.List;

/** What {@code GET /api/audit/verify} found, recomputed from the stored events. */
record ChainReport(
        @Schema(description = "каждая проверенная позиция пересчитывается в сохранённый хеш, каждая контрольная точка подлинна и совпадает")
        boolean intact,
        @Schema(description = "первая проверенная позиция", example = "0") long from,
        @Schema(description = "последняя проверенная позиция (запрошенная или голова цепочки; from − 1, если проверять было нечего)",
                example = "1041") long to,
        @Schema(description = "проверено позиций (события и надгробия)", example = "1042") long eventsChecked,
        @Schema(description = "первая позиция, за которую цепочка больше не ручается; null, если таких нет", example = "517")
        @Nullable Long firstBrokenPosition,
        @Schema(description = "позиции, чей хеш не пересчитывается в сохранённый или у которых нет события или звена (первые 100)")
        List<Long> brokenPositions,
        @Schema(description = "сколько всего таких позиций", example = "0") long brokenCount,
        @Schema(description = "последняя запечатанная позиция; −1 — ещё ни одной", example = "1041") long headPosition,
        @Schema(description = "её хеш (SHA-256, hex); null, если ни одной", example = "7ff2cbae466d52c659828455396d8088d3619768c05866e3283e6661eeb86c80")
        @Nullable String headHash,
        @Schema(description = "первая ещё не запечатанная позиция", example = "1042") long unsealedFrom,
        @Schema(description = "сколько позиций занято, но ещё не запечатано (хвост за головой цепочки)", example = "3")
        long unsealedCount,
        @Schema(description = "найдено подписанных контрольных точек в диапазоне", example = "2") int checkpointsChecked,
        @Schema(description = "контрольные точки, которые не подтверждают цепочку")
        List<BrokenCheckpoint> brokenCheckpoints) {

    static ChainReport of(ChainVerifier.Verification v) {
        return new ChainReport(v.intact(), v.from(), v.to(), v.eventsChecked(), v.firstBrokenPosition(), v.brokenPositions(),
                               v.brokenCount(), v.headPosition(), v.headHash(), v.unsealedFrom(), v.unsealedCount(),
                               v.checkpointsChecked(), v.brokenCheckpoints().stream()
                                                      .map(b -> new BrokenCheckpoint(b.position(), b.failure())).toList());
    }

    /** A checkpoint that does not vouch for the chain. */
    record BrokenCheckpoint(
            @Schema(description = "позиция контрольной точки", example = "1000") long position,
            @Schema(description = "SIGNATURE — подпись не сходится (подделана или изменена); HASH — хеш цепочки в этой "
                                  + "позиции другой (журнал изменён); BEYOND_HEAD — точка за головой цепочки (конец "
                                  + "отрезан); OTHER_KEY — подписана другим ключом, здесь не проверить")
            Checkpoints.Failure failure) {
    }
}
