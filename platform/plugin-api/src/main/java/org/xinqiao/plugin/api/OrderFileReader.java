package org.xinqiao.plugin.api;

import java.io.InputStream;
import org.pf4j.ExtensionPoint;

/**
 * Reads an order-export file, for partners whose platform has no API we can call.
 *
 * <p>All or nothing: a file with any bad row yields no lines, only the {@link RowProblem}s, so a
 * partner fixes the file and uploads it again rather than having half of it counted. A reader
 * does not close {@code content}; the caller does.
 */
public interface OrderFileReader extends ExtensionPoint {

    /**
     * Whether this reader understands a file of that name (by its extension, usually).
     *
     * @param fileName the uploaded file's name, as the partner gave it
     * @return {@code true} if {@link #read} should be tried on it
     */
    boolean accepts(String fileName);

    /**
     * Reads every row of the file.
     *
     * @param fileName the uploaded file's name, for messages
     * @param content the file's bytes
     * @return the lines of a valid file, or the problems of an invalid one (never both)
     * @throws PluginException if the content cannot be read at all (an I/O error, not a bad row)
     */
    OrderFile read(String fileName, InputStream content);
}
