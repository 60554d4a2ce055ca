// What the app needs from its host (the browser, or in-memory stand-ins in native tests). The app declares these
// interfaces; src/platform implements them for the web; the entry point wires them together. The app never
// includes a platform header.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/csv_export.h"

namespace tolok::app {

enum class WriteStatus { Ok, QuotaExceeded, Failed };

// Raw key/value storage (localStorage on the web). Keys are already namespaced by the caller ("tolok.v1.*").
class KeyValueStore {
public:
    virtual ~KeyValueStore() = default;
    virtual std::optional<std::string> read(const std::string& key) = 0;
    virtual WriteStatus write(const std::string& key, const std::string& value) = 0;
    virtual void remove(const std::string& key) = 0;
};

// Durable mirror (IndexedDB through IDBFS on the web): survives a browser killed right after a write.
class DurableMirror {
public:
    virtual ~DurableMirror() = default;
    virtual void save(const std::string& name, const std::string& content) = 0;  // async flush is fine
    virtual std::optional<std::string> load(const std::string& name) = 0;        // after the platform's initial sync
    // Whether what is saved outlives the page (false when the browser has no IndexedDB: the files stay in memory).
    virtual bool durable() const = 0;
    // After a save that only the mirror holds (localStorage full): the other tabs of Tolok are told once it is
    // written, as localStorage's "storage" event tells them of the usual save (App::on_mirror_changed there).
    virtual void tell_other_tabs() {}
    // Whether what save() wrote has reached the durable store (IndexedDB writes in the background): a save that only
    // the mirror holds counts as saved once Done, and is unsaved work again when Failed.
    enum class Flush { Done, Pending, Failed };
    virtual Flush flush_state() const { return Flush::Done; }
};

// Files and documents.
class FileService {
public:
    virtual ~FileService() = default;
    // Offers `content` as a download named `filename`.
    virtual void download(const std::string& filename, const std::string& mime, const std::string& content) = 0;
    // Offers `rows` as an Excel workbook (.xlsx, one sheet named `sheet`) named `filename`. The browser makes the
    // workbook in a module it loads on first use, so the download comes later; when it cannot be made the platform
    // calls App::on_xlsx_failed.
    virtual void download_xlsx(const std::string& filename, const std::vector<TableRow>& rows, const std::string& sheet) = 0;
    // Opens the browser's file picker; the chosen file arrives later through App::on_file_opened.
    virtual void pick_file(const std::string& accept) = 0;
    // Opens an HTML document in a new tab (for printing).
    virtual void open_document(const std::string& html) = 0;
    // Asks for the system clipboard's text (the browser may ask the user first): it arrives later through
    // App::on_clipboard_text, or App::on_clipboard_refused when the browser gives none. For users without Ctrl+V
    // (a tablet) and those who never learnt it.
    virtual void read_clipboard() {}
};

struct Services {
    KeyValueStore* store = nullptr;
    DurableMirror* mirror = nullptr;   // may be null
    FileService* files = nullptr;      // may be null in tests
    std::function<double()> now_seconds;  // monotonic clock
    std::function<std::string()> now_iso; // wall clock, "2026-11-24T10:00:00Z"
    std::function<int()> utc_offset_minutes;  // the reader's time zone, minutes east of UTC (420 in WIB); may be empty
};

}  // namespace tolok::app
