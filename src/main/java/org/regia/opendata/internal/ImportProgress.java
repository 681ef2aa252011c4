package org.regia.opendata.internal;

/** Callback through which a parser reports progress and learns that the job was cancelled. */
public interface ImportProgress {

    void total(int rows);

    void checked(int rows);

    /** @throws ImportCancelledException when the user cancelled the job */
    void checkCancelled();

    ImportProgress NONE = new ImportProgress() {
        @Override
        public void total(int rows) {
        }

        @Override
        public void checked(int rows) {
        }

        @Override
        public void checkCancelled() {
        }
    };
}
