package io.dockerbox.build;

/** What happened to one box of the chain, for the summary. */
public record BoxResult(String box, Outcome outcome, int version, String imageId, long size, long millis) {

    public enum Outcome {
        BUILT("built"),
        UP_TO_DATE("up to date"),
        PULLED("pulled"),
        PRESENT("present");

        private final String text;

        Outcome(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
