// The command line's words for inputs that are no plan file or no text table (see foreign_input.h).
#include "cli/foreign_input.h"

#include "core/plan_json.h"

namespace tolok::cli {

namespace {

const char* const kImportId = "tolok import-table BERKAS.csv -o RENCANA.json";
const char* const kImportEn = "tolok import-table FILE.csv -o PLAN.json";

// What to do with a table held in a file of this kind, for the command line.
BiText table_hint(const std::optional<ForeignFile>& file) {
    const ForeignFileKind kind = file ? file->kind : ForeignFileKind::Binary;
    if (!file)  // text that is no JSON: most likely a CSV/TSV table
        return {std::string("Tabel (CSV/TSV, atau disalin dari Excel/Word) dibaca dengan: ") + kImportId,
                std::string("A table (CSV/TSV, or copied from Excel/Word) is read with: ") + kImportEn};
    if (kind == ForeignFileKind::Pdf)
        return {std::string("Tabel di PDF: buka dokumen asalnya di Word/Excel, simpan tabelnya sebagai CSV, lalu jalankan: ") + kImportId,
                std::string("A table in a PDF: open the original document in Word/Excel, save the table as CSV, then run: ") + kImportEn};
    return {std::string("Tabel IKU di dalamnya: simpan sebagai CSV (Excel: Simpan Sebagai > CSV) atau salin tabelnya ke "
                        "berkas teks, lalu jalankan: ") + kImportId,
            std::string("The IKU table in it: save it as CSV (Excel: Save As > CSV) or copy the table into a text file, "
                        "then run: ") + kImportEn};
}

bool named_binary(const std::optional<ForeignFile>& file) {
    return file && (file->kind == ForeignFileKind::Zip || file->kind == ForeignFileKind::Pdf ||
                    file->kind == ForeignFileKind::OldOffice);
}

}  // namespace

std::optional<Diagnostic> named_binary_error(const std::string& path, std::string_view data, InputPurpose purpose) {
    std::optional<ForeignFile> file = foreign_file(data);
    if (!named_binary(file)) return std::nullopt;
    BiText message;
    if (purpose == InputPurpose::PlanFile) {
        BiText what = not_plan_file_text(file);
        BiText hint = table_hint(file);
        message = {what.id + ". " + hint.id, what.en + ". " + hint.en};
    } else if (file->kind == ForeignFileKind::Pdf) {
        message = {"ini bukan tabel berupa teks, melainkan " + file->name.id +
                       ". Buka dokumen asalnya di Word/Excel, simpan tabelnya sebagai CSV, lalu jalankan: " + kImportId,
                   "this is not a table as text but " + file->name.en +
                       ". Open the original document in Word/Excel, save the table as CSV, then run: " + kImportEn};
    } else {
        message = {"ini bukan tabel berupa teks, melainkan " + file->name.id +
                       ". Simpan tabelnya sebagai CSV (Excel: Simpan Sebagai > CSV) atau salin tabelnya ke berkas teks, "
                       "lalu jalankan: " + kImportId,
                   "this is not a table as text but " + file->name.en +
                       ". Save the table as CSV (Excel: Save As > CSV) or copy the table into a text file, then run: " + kImportEn};
    }
    return Diagnostic{Severity::Error, "cli.not_text", path, std::move(message)};
}

void use_cli_hint(Diagnostic& d, const std::string& path, std::string_view data) {
    if (d.id != "import.not_json") return;
    std::optional<ForeignFile> file = foreign_file(data);
    BiText what = not_plan_file_text(file);
    BiText hint = table_hint(file);
    d.message = {what.id + ". " + hint.id, what.en + ". " + hint.en};
    if (d.location.empty()) d.location = path;
}

}  // namespace tolok::cli
