package org.regia.opendata.web;

import org.regia.opendata.internal.ImportFormat;
import org.regia.opendata.internal.ImportMode;

/** The import form: a format, a mode, and either an uploaded file or one of the known sample files. */
public class ImportForm {

    private ImportFormat format;
    private ImportMode mode = ImportMode.ALL_OR_NOTHING;
    private String sample = "";

    public ImportFormat getFormat() {
        return format;
    }

    public void setFormat(ImportFormat format) {
        this.format = format;
    }

    public ImportMode getMode() {
        return mode;
    }

    public void setMode(ImportMode mode) {
        this.mode = mode;
    }

    public String getSample() {
        return sample;
    }

    public void setSample(String sample) {
        this.sample = sample;
    }
}
