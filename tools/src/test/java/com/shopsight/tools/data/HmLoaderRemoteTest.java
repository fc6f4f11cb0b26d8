package com.shopsight.tools.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.tools.data.LoadResult.Rejected;
import com.shopsight.tools.progress.Progress;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A remote source that cannot be reached is rejected with a message that says why and what to
 * do. The host is under {@code .invalid}, which never resolves: offline, installing httpfs
 * fails first; online, the host does; both say so and suggest a local folder.
 */
class HmLoaderRemoteTest {
    @TempDir
    Path dir;

    @Test
    void says_clearly_when_a_remote_source_cannot_be_reached() {
        Path db = TestDb.existing(dir.resolve("shopsight.duckdb"));
        String before = TestDb.sha256(db);

        LoadResult result = new HmLoader(Progress.NONE).load(new LoadRequest("https://shopsight.invalid/hm/", db));

        assertThat(result).isInstanceOf(Rejected.class);
        String message = ((Rejected) result).message();
        assertThat(message).startsWith("cannot load https://shopsight.invalid/hm/ (nothing was changed):\n"
                + "  - cannot reach https://shopsight.invalid/hm/: ").contains("download the files and use --from FOLDER");
        assertThat(TestDb.sha256(db)).isEqualTo(before);
        assertThat(TestDb.files(dir)).containsExactly("shopsight.duckdb");
    }

    @Test
    void tells_remote_prefixes_from_local_folders() {
        assertThat(new LoadRequest("s3://kumo-public-datasets/hm_with_images/", dir).remote()).isTrue();
        assertThat(new LoadRequest("HTTPS://example.org/hm", dir).remote()).isTrue();
        assertThat(new LoadRequest("data/hm", dir).remote()).isFalse();
    }
}
