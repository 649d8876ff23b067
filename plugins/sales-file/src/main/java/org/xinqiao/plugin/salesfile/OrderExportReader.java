package org.xinqiao.plugin.salesfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.pf4j.Extension;
import org.xinqiao.plugin.api.OrderFile;
import org.xinqiao.plugin.api.OrderFileReader;
import org.xinqiao.plugin.api.PluginException;
import org.xinqiao.plugin.api.RowProblem;
import org.xinqiao.plugin.api.SaleLine;
import org.xinqiao.plugin.api.SaleStatus;

/**
 * Reads the order-export CSV that Chinese livestream and online shops give their merchants: UTF-8
 * (a byte-order mark is allowed), the headings of {@link Column}, one row per order line.
 *
 * <p>A row repeated exactly (exports overlap) counts once; the same 子订单编号 with other values
 * is a problem. Rows of unpaid orders (待付款) are not sales and are left out. Every other row
 * must be valid or the whole file is rejected with each bad row's line number.
 */
@Extension
public class OrderExportReader implements OrderFileReader {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static final int MAX_BYTES = 32 * 1024 * 1024;
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");
    private static final DateTimeFormatter PAID_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);

    @Override
    public boolean accepts(String fileName) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    @Override
    public OrderFile read(String fileName, InputStream content) {
        Optional<String> text = decode(content);
        if (text.isEmpty()) {
            return OrderFile.rejected(List.of(new RowProblem(1, null,
                    "the file is not UTF-8 text; export it again as CSV (UTF-8)")));
        }
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setTrim(true).get().parse(new StringReader(text.get()))) {
            return read(parser.getRecords());
        } catch (IOException | java.io.UncheckedIOException e) {
            return OrderFile.rejected(List.of(new RowProblem(1, null, "the file is not valid CSV: " + e.getMessage())));
        }
    }

    private static OrderFile read(List<CSVRecord> records) {
        if (records.isEmpty()) {
            return OrderFile.rejected(List.of(new RowProblem(1, null, "the file is empty")));
        }
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        List<RowProblem> problems = new ArrayList<>();
        List<String> headings = records.get(0).toList();
        for (Column column : Column.values()) {
            int index = headings.indexOf(column.heading);
            if (index < 0) {
                problems.add(new RowProblem(1, column.heading, "missing column " + column.heading));
            }
            columns.put(column, index);
        }
        if (!problems.isEmpty()) {
            return OrderFile.rejected(problems);
        }

        List<SaleLine> lines = new ArrayList<>();
        Map<String, Seen> seen = new HashMap<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            long lineNumber = record.getRecordNumber();
            Row row = new Row(record, columns, lineNumber, problems);
            Optional<SaleLine> line = row.toSaleLine();
            if (line.isEmpty()) {
                continue;
            }
            Seen earlier = seen.putIfAbsent(line.get().key(), new Seen(lineNumber, line.get()));
            if (earlier == null) {
                lines.add(line.get());
            } else if (!earlier.line().equals(line.get())) {
                problems.add(new RowProblem(lineNumber, Column.LINE_ID.heading, "子订单编号 " + line.get().lineId()
                        + " is already on line " + earlier.lineNumber() + " with other values"));
            }
        }
        return problems.isEmpty() ? OrderFile.accepted(lines) : OrderFile.rejected(problems);
    }

    private static Optional<String> decode(InputStream content) {
        byte[] bytes;
        try {
            bytes = content.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new PluginException("could not read the uploaded file", e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new PluginException("the file is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private record Seen(long lineNumber, SaleLine line) {
    }

    /** One data row; collects its problems instead of stopping at the first. */
    private static final class Row {
        private final CSVRecord record;
        private final Map<Column, Integer> columns;
        private final long lineNumber;
        private final List<RowProblem> problems;
        private boolean bad;

        Row(CSVRecord record, Map<Column, Integer> columns, long lineNumber, List<RowProblem> problems) {
            this.record = record;
            this.columns = columns;
            this.lineNumber = lineNumber;
            this.problems = problems;
        }

        Optional<SaleLine> toSaleLine() {
            String orderStatus = value(Column.ORDER_STATUS);
            if (RowStatus.UNPAID.contains(orderStatus)) {
                return Optional.empty();
            }
            String orderId = required(Column.ORDER_ID);
            String lineId = required(Column.LINE_ID);
            String store = required(Column.STORE);
            String product = required(Column.PRODUCT);
            String category = required(Column.CATEGORY);
            Integer quantity = quantity();
            amount(Column.UNIT_PRICE, false);
            BigDecimal paid = amount(Column.AMOUNT_PAYABLE, true);
            amount(Column.DISCOUNT, false);
            SaleStatus status = status(orderStatus);
            Instant paidAt = paidAt(status);
            if (bad) {
                return Optional.empty();
            }
            return Optional.of(new SaleLine(orderId, lineId, store, product, category, quantity, paid, paidAt,
                    status, AgriculturalCategories.isAgricultural(category)));
        }

        private String value(Column column) {
            int index = columns.get(column);
            return index < record.size() ? record.get(index).strip() : "";
        }

        private String required(Column column) {
            String value = value(column);
            if (value.isEmpty()) {
                problem(column, column.heading + " is empty");
            }
            return value;
        }

        private Integer quantity() {
            String value = required(Column.QUANTITY);
            if (value.isEmpty()) {
                return null;
            }
            if (!WHOLE.matcher(value).matches() || Integer.parseInt(value) < 1) {
                problem(Column.QUANTITY, "商品数量 must be a whole number of at least 1, not '" + value + "'");
                return null;
            }
            return Integer.parseInt(value);
        }

        private BigDecimal amount(Column column, boolean required) {
            String value = value(column);
            if (value.isEmpty()) {
                if (required) {
                    problem(column, column.heading + " is empty");
                }
                return null;
            }
            if (!AMOUNT.matcher(value).matches()) {
                problem(column, column.heading + " must be an amount in yuan such as 39.90, not '" + value + "'");
                return null;
            }
            return new BigDecimal(value).setScale(2);
        }

        private SaleStatus status(String orderStatus) {
            Optional<SaleStatus> status = RowStatus.order(orderStatus);
            if (status.isEmpty()) {
                problem(Column.ORDER_STATUS, "unknown 订单状态 '" + orderStatus + "'");
            }
            String afterSale = value(Column.AFTER_SALE_STATUS);
            if (!RowStatus.isKnownAfterSale(afterSale)) {
                problem(Column.AFTER_SALE_STATUS, "unknown 售后状态 '" + afterSale + "'");
                return null;
            }
            return RowStatus.isRefunded(afterSale) ? SaleStatus.REFUNDED : status.orElse(null);
        }

        private Instant paidAt(SaleStatus status) {
            String value = value(Column.PAID_AT);
            if (value.isEmpty()) {
                if (status != null && status != SaleStatus.CLOSED) {
                    problem(Column.PAID_AT, "支付完成时间 is empty on a paid line");
                }
                return null;
            }
            try {
                return LocalDateTime.parse(value, PAID_AT).atZone(SHANGHAI).toInstant();
            } catch (DateTimeParseException e) {
                problem(Column.PAID_AT, "支付完成时间 must look like 2026-03-02 20:15:33, not '" + value + "'");
                return null;
            }
        }

        private void problem(Column column, String message) {
            bad = true;
            problems.add(new RowProblem(lineNumber, column.heading, message));
        }
    }
}
