package ru.kogalym.civic.eventstore.chain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checkpoint key: configured, or generated once into the data directory for its owner only. */
class CheckpointKeyTest {

    @TempDir
    Path data;

    @Test
    void withoutAConfiguredKeyTheFirstStartGeneratesOneOnlyItsOwnerCanRead() throws Exception {
        Path file = data.resolve("nested").resolve("checkpoint.key");

        CheckpointKey first = CheckpointKey.load("", file);

        assertThat(Files.readString(file).strip()).hasSizeGreaterThanOrEqualTo(32);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        CheckpointKey again = CheckpointKey.load(null, file);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.sign("{}")).isEqualTo(first.sign("{}"));
        try (var listing = Files.list(file.getParent())) {
            assertThat(listing).as("no temporary file left behind").containsExactly(file);
        }
    }

    @Test
    void aConfiguredKeyWinsAndNoFileIsWritten() {
        Path file = data.resolve("checkpoint.key");
        CheckpointKey configured = CheckpointKey.load("  " + ChainFixture.KEY + "\n", file);

        assertThat(configured.id()).isEqualTo(CheckpointKey.of(ChainFixture.KEY, "a test").id());
        assertThat(file).doesNotExist();
        assertThat(configured.signed("{\"position\":1}", configured.sign("{\"position\":1}"))).isTrue();
        assertThat(configured.signed("{\"position\":2}", configured.sign("{\"position\":1}"))).isFalse();
        assertThat(configured.toString()).doesNotContain(ChainFixture.KEY);
    }

    @Test
    void aShortKeyStopsTheStart() {
        assertThatThrownBy(() -> CheckpointKey.load("too-short", data.resolve("checkpoint.key")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CIVIC_CHECKPOINT_KEY")
                .hasMessageNotContaining("too-short");
    }

    @Test
    void instancesStartingTogetherAllEndUpWithTheSameKey() {
        Path file = data.resolve("checkpoint.key");
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<String>> loads = IntStream.range(0, 4).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return CheckpointKey.load("", file).id();
        })).toList();
        go.countDown();

        assertThat(loads.stream().map(CompletableFuture::join).distinct()).hasSize(1);
    }
}
