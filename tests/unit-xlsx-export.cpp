// Tests of the .xlsx export (core/xlsx_export.h): the workbook is a zip file whose parts are read back here with an
// independent reader (central directory + zlib inflate, written in this file), and the sheet's cells are checked
// against the shared rows (export_table_rows) and the CSV of the same table: numbers are numeric cells (no t="s"),
// texts are shared strings, the header row is bold and frozen.
#include <doctest/doctest.h>

#include <zlib.h>

#include <cstdint>
#include <map>
#include <string>

#include "core/builtin_plan.h"
#include "core/csv_export.h"
#include "core/xlsx_export.h"

using namespace tolok;

namespace {

uint32_t le(const std::string& s, size_t at, int bytes) {
    uint32_t v = 0;
    for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(s.at(at + i));
    return v;
}

// The parts of a zip file (stored or deflated), by name, from its central directory.
std::map<std::string, std::string> unzip_all(const std::string& zip) {
    std::map<std::string, std::string> parts;
    size_t eocd = zip.rfind(std::string("PK\x05\x06", 4));
    REQUIRE(eocd != std::string::npos);
    size_t count = le(zip, eocd + 10, 2);
    size_t at = le(zip, eocd + 16, 4);
    for (size_t i = 0; i < count; ++i) {
        REQUIRE(le(zip, at, 4) == 0x02014b50u);
        uint32_t method = le(zip, at + 10, 2), csize = le(zip, at + 20, 4), usize = le(zip, at + 24, 4);
        size_t nlen = le(zip, at + 28, 2), xlen = le(zip, at + 30, 2), clen = le(zip, at + 32, 2);
        size_t local = le(zip, at + 42, 4);
        std::string name = zip.substr(at + 46, nlen);
        at += 46 + nlen + xlen + clen;
        REQUIRE(le(zip, local, 4) == 0x04034b50u);
        size_t data = local + 30 + le(zip, local + 26, 2) + le(zip, local + 28, 2);
        std::string out(usize, '\0');
        if (method == 0) {
            out = zip.substr(data, csize);
        } else {
            REQUIRE(method == 8);
            z_stream z{};
            REQUIRE(inflateInit2(&z, -MAX_WBITS) == Z_OK);
            z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zip.data() + data));
            z.avail_in = csize;
            z.next_out = reinterpret_cast<Bytef*>(out.data());
            z.avail_out = usize;
            int rc = inflate(&z, Z_FINISH);
            inflateEnd(&z);
            REQUIRE(rc == Z_STREAM_END);
        }
        parts[name] = out;
    }
    return parts;
}

std::string column_name(size_t c) {
    std::string s;
    for (size_t n = c + 1; n > 0; n = (n - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (n - 1) % 26));
    return s;
}

// The XML of one cell "<c r="REF" ...>...</c>" in the sheet, or empty.
std::string cell_xml(const std::string& sheet, const std::string& ref) {
    size_t at = sheet.find("<c r=\"" + ref + "\"");
    if (at == std::string::npos) return "";
    size_t end = sheet.find("</c>", at);
    return sheet.substr(at, end == std::string::npos ? std::string::npos : end + 4 - at);
}

}  // namespace

TEST_CASE("xlsx: the built-in IKU table is a workbook with numeric target cells") {
    Plan plan = builtin_plan();
    std::string xlsx = export_xlsx(plan, CsvTable::Iku, 0, Lang::Id);
    REQUIRE(xlsx.size() > 2000);
    CHECK(xlsx.compare(0, 4, std::string("PK\x03\x04", 4)) == 0);

    auto parts = unzip_all(xlsx);
    REQUIRE(parts.count("xl/worksheets/sheet1.xml") == 1);
    REQUIRE(parts.count("xl/sharedStrings.xml") == 1);
    REQUIRE(parts.count("xl/workbook.xml") == 1);
    const std::string& sheet = parts["xl/worksheets/sheet1.xml"];
    const std::string& strings = parts["xl/sharedStrings.xml"];
    CHECK(parts["xl/workbook.xml"].find("name=\"IKU\"") != std::string::npos);
    CHECK(sheet.find("state=\"frozen\"") != std::string::npos);  // the header row stays in view
    CHECK(sheet.find("ySplit=\"1\"") != std::string::npos);
    CHECK(sheet.find("<cols>") != std::string::npos);            // column widths set
    CHECK(strings.find("<t>Indikator</t>") != std::string::npos);
    CHECK(strings.find("<t>Target 2018 (teks)</t>") != std::string::npos);

    // Every cell of the shared rows: numbers as <v>number</v> without t="s", texts as shared strings, empty cells
    // absent; the header row in the bold style.
    auto rows = export_table_rows(plan, CsvTable::Iku, 0, Lang::Id);
    REQUIRE(rows.size() == 16);
    size_t numbers = 0;
    for (size_t r = 0; r < rows.size(); ++r)
        for (size_t c = 0; c < rows[r].size(); ++c) {
            std::string ref = column_name(c) + std::to_string(r + 1);
            std::string xml = cell_xml(sheet, ref);
            const TableCell& cell = rows[r][c];
            CAPTURE(ref);
            CAPTURE(xml);
            if (cell.kind == TableCell::Kind::Number) {
                ++numbers;
                CHECK(xml.find("t=\"s\"") == std::string::npos);
                CHECK(xml.find("<v>" + csv_number(cell.number, CsvLocale::En) + "</v>") != std::string::npos);
            } else if (cell.kind == TableCell::Kind::Text && !cell.text.empty()) {
                CHECK(xml.find("t=\"s\"") != std::string::npos);
            } else {
                CHECK(xml.empty());
            }
            if (r == 0) CHECK(xml.find(" s=\"1\"") != std::string::npos);
        }
    CHECK(numbers > 40);  // the built-in plan's numeric targets
}

TEST_CASE("xlsx: the shared rows are the CSV's rows (same columns, same numbers)") {
    Plan plan = builtin_plan();
    for (CsvTable table : {CsvTable::Iku, CsvTable::Targets, CsvTable::Capaian}) {
        int year = table == CsvTable::Capaian ? 2023 : 0;
        auto rows = export_table_rows(plan, table, year, Lang::En);
        std::string expected;
        for (const auto& row : rows) {
            bool first = true;
            for (const auto& cell : row) {
                if (!first) expected += ',';
                first = false;
                if (cell.kind == TableCell::Kind::Number) expected += csv_number(cell.number, CsvLocale::En);
                else if (cell.kind == TableCell::Kind::Text) expected += csv_text_cell(cell.text, CsvLocale::En);
            }
            expected += "\r\n";
        }
        CHECK(export_csv(plan, table, CsvLocale::En, year, Lang::En) == expected);
    }
}

TEST_CASE("xlsx: capaian sheet, English headers, control characters and several plans") {
    Plan plan = builtin_plan();
    auto parts = unzip_all(export_xlsx(plan, CsvTable::Capaian, 2023, Lang::En));
    CHECK(parts["xl/workbook.xml"].find("name=\"Achievement 2023\"") != std::string::npos);
    CHECK(parts["xl/sharedStrings.xml"].find("<t>Achievement %</t>") != std::string::npos);

    // A control character (not allowed in XML) is dropped, the rest of the text kept.
    plan.objectives.at(0).indicators.at(0).name = std::string("Nama\x01 indikator");
    auto strings = unzip_all(export_xlsx(plan, CsvTable::Iku, 0, Lang::Id))["xl/sharedStrings.xml"];
    CHECK(strings.find("<t>Nama indikator</t>") != std::string::npos);

    std::vector<Plan> two = {builtin_plan(), builtin_plan()};
    two[1].office.name = "Dinas B";
    auto both = unzip_all(export_xlsx(two, CsvTable::Targets, 0, Lang::Id));
    CHECK(both["xl/workbook.xml"].find("name=\"Target\"") != std::string::npos);
    CHECK(both["xl/sharedStrings.xml"].find("<t>Instansi</t>") != std::string::npos);
    CHECK(both["xl/sharedStrings.xml"].find("<t>Dinas B</t>") != std::string::npos);
}
