package com.shopsight.tools.data;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The outcome of {@link HmLoader#load}: the data was loaded, or the files were rejected. */
public sealed interface LoadResult permits LoadResult.Loaded, LoadResult.Rejected {

    /** The load succeeded and the database now holds the data the report describes. */
    record Loaded(LoadReport report) implements LoadResult {
        public Loaded {
            Objects.requireNonNull(report, "report");
        }
    }

    /**
     * The files were rejected before anything was written; the previous database is untouched.
     *
     * @param source the folder or remote prefix that was rejected; never null
     * @param problems every problem found, in file order; never empty
     */
    record Rejected(String source, List<LoadProblem> problems) implements LoadResult {
        public Rejected {
            Objects.requireNonNull(source, "source");
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("A rejection needs at least one problem");
            }
        }

        /** The problems as one message, one per line, for a person to act on. */
        public String message() {
            return "cannot load " + source + " (nothing was changed):"
                    + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining());
        }
    }
}
