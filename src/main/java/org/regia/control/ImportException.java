package org.regia.control;

import java.util.List;
import org.regia.shared.DomainException;

/** An import refused as a whole: every error with its line, column and value; nothing was saved. */
public class ImportException extends DomainException {

    /** One error: line number in the file (1 = header), column, the value read, and the message key with arguments. */
    public record LineError(int line, String column, String value, String messageKey, List<Object> arguments) {
        @Override
        public String toString() {
            return "line " + line + (column == null ? "" : ", column " + column)
                    + (value == null ? "" : " (\"" + value + "\")") + ": " + messageKey + " " + arguments;
        }
    }

    private final List<LineError> errors;

    public ImportException(List<LineError> errors) {
        super("control.import.failed", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<LineError> errors() {
        return errors;
    }

    @Override
    public String getMessage() {
        return "import refused, nothing saved: " + errors;
    }
}
