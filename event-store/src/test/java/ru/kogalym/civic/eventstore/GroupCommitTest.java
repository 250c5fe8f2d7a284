package ru.kogalym.civic.eventstore;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class GroupCommitTest {

    private final ExecutorService callers = Executors.newFixedThreadPool(3);
    private final List<List<String>> batches = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> firstWriteMayFinish = new CompletableFuture<>();
    private final GroupCommit<String> groupCommit = new GroupCommit<>(batch -> {
        batches.add(batch);
        if (batches.size() == 1) {
            firstWriteMayFinish.join();
        }
        if (batch.contains("refused")) {
            throw new IllegalStateException("refused by the store");
        }
    });

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    @Test
    void aLoneItemIsWrittenAtOnceAndItemsArrivingMeanwhileTogetherInTheNextBatch() throws Exception {
        List<CompletableFuture<Void>> submitted = submitTwoWhileTheFirstIsWritten("second", "third");

        firstWriteMayFinish.complete(null);
        CompletableFuture.allOf(submitted.toArray(CompletableFuture[]::new)).get(1, TimeUnit.MINUTES);

        assertThat(batches).hasSize(2);
        assertThat(batches.get(0)).containsExactly("first");
        assertThat(batches.get(1)).containsExactlyInAnyOrder("second", "third");
    }

    @Test
    void aFailedWriteIsThrownToEveryCallerOfItsBatchAndTheNextBatchIsWrittenAll() throws Exception {
        List<CompletableFuture<Void>> submitted = submitTwoWhileTheFirstIsWritten("refused", "same batch");

        firstWriteMayFinish.complete(null);
        submitted.get(0).get(1, TimeUnit.MINUTES);

        assertThatThrownBy(() -> submitted.get(1).get(1, TimeUnit.MINUTES)).hasRootCauseMessage("refused by the store");
        assertThatThrownBy(() -> submitted.get(2).get(1, TimeUnit.MINUTES)).hasRootCauseMessage("refused by the store");
        groupCommit.submit("later");
        assertThat(batches).last().isEqualTo(List.of("later"));
    }

    /** Submits "first" and, while its write is held, {@code second} and {@code third}; the callers in that order. */
    private List<CompletableFuture<Void>> submitTwoWhileTheFirstIsWritten(String second, String third) {
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> groupCommit.submit("first"), callers);
        await().until(() -> batches.size() == 1);
        List<CompletableFuture<Void>> submitted = List.of(first,
                                                        CompletableFuture.runAsync(() -> groupCommit.submit(second), callers),
                                                        CompletableFuture.runAsync(() -> groupCommit.submit(third), callers));
        await().until(() -> groupCommit.waiting() == 2);
        return submitted;
    }
}
