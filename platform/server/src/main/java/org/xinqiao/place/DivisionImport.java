package org.xinqiao.place;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.xinqiao.common.FieldError;

/**
 * Reads division files of the national statistical tables' shape: {@code code,name,county_code,county,city,province}
 * for townships and {@code code,name,township_code,county_code} for villages. Every bad row is reported by
 * line number; nothing is returned for a file with any bad row.
 */
final class DivisionImport {

    private static final Pattern COUNTY = Pattern.compile("\\d{6}");
    private static final Pattern TOWNSHIP = Pattern.compile("\\d{9}");
    private static final Pattern VILLAGE = Pattern.compile("\\d{12}");

    record Parsed(Map<String, Township> townships, Map<String, VillageRow> villages, List<FieldError> errors) {
    }

    record VillageRow(String code, String name, String townshipCode) {
    }

    private DivisionImport() {
    }

    static Parsed parse(Reader townshipsCsv, Reader villagesCsv) throws IOException {
        Map<String, Township> townships = new LinkedHashMap<>();
        Map<String, VillageRow> villages = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        if (townshipsCsv != null) {
            for (CSVRecord row : records(townshipsCsv, "townships", errors, "code", "name", "county_code", "county", "city", "province")) {
                String where = "townships line " + (row.getRecordNumber() + 1);
                String code = row.get("code").trim();
                String countyCode = row.get("county_code").trim();
                if (!TOWNSHIP.matcher(code).matches() || !COUNTY.matcher(countyCode).matches() || !code.startsWith(countyCode)) {
                    errors.add(new FieldError(where, "code must be 9 digits starting with the 6-digit county_code"));
                } else if (blank(row, "name", "county", "city", "province")) {
                    errors.add(new FieldError(where, "name, county, city and province are required"));
                } else {
                    townships.put(code, new Township(code, row.get("name").trim(), countyCode, row.get("county").trim(),
                            row.get("city").trim(), row.get("province").trim()));
                }
            }
        }
        if (villagesCsv != null) {
            for (CSVRecord row : records(villagesCsv, "villages", errors, "code", "name", "township_code", "county_code")) {
                String where = "villages line " + (row.getRecordNumber() + 1);
                String code = row.get("code").trim();
                String townshipCode = row.get("township_code").trim();
                if (!VILLAGE.matcher(code).matches() || !TOWNSHIP.matcher(townshipCode).matches() || !code.startsWith(townshipCode)) {
                    errors.add(new FieldError(where, "code must be 12 digits starting with the 9-digit township_code"));
                } else if (blank(row, "name")) {
                    errors.add(new FieldError(where, "name is required"));
                } else {
                    villages.put(code, new VillageRow(code, row.get("name").trim(), townshipCode));
                }
            }
        }
        return new Parsed(townships, villages, errors);
    }

    private static List<CSVRecord> records(Reader reader, String file, List<FieldError> errors, String... columns) throws IOException {
        CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).get().parse(reader);
        List<String> header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").trim()).toList();
        for (String column : columns) {
            if (!header.contains(column)) {
                errors.add(new FieldError(file, "missing column '" + column + "' (expected " + String.join(",", columns) + ")"));
            }
        }
        if (!errors.isEmpty()) {
            return List.of();
        }
        List<CSVRecord> rows = new ArrayList<>();
        for (CSVRecord row : parser) {
            if (!row.isConsistent()) {
                errors.add(new FieldError(file + " line " + (row.getRecordNumber() + 1), "expected " + columns.length + " columns"));
            } else {
                rows.add(row);
            }
        }
        return rows;
    }

    private static boolean blank(CSVRecord row, String... columns) {
        for (String column : columns) {
            if (row.get(column).isBlank()) {
                return true;
            }
        }
        return false;
    }
}
