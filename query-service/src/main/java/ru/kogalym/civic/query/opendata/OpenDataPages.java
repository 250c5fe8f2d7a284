package ru.kogalym.civic.query.opendata;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.kogalym.civic.query.dashboard.DashboardPage;

import java.util.List;

/** The open-data sets as a page: each with its passport, data and structure files, where the API serves them. */
@DashboardPage
class OpenDataPages {

    /** A set as the page lists it: the address of its package and of each of its files. */
    record Listed(String identifier, String title, boolean isPublic, String path, String meta, String data,
                  String structure) {
    }

    private final OpenDataCatalog catalog;
    private final OpenDataProperties properties;

    OpenDataPages(OpenDataCatalog catalog, OpenDataProperties properties) {
        this.catalog = catalog;
        this.properties = properties;
    }

    @GetMapping("/open-data")
    String openData(Model model) {
        List<Listed> sets = catalog.all().stream().map(set -> {
            OpenDataPackage files = new OpenDataPackage(set, properties, catalog.today());
            String path = OpenDataController.BASE + files.identifier() + "/";
            return new Listed(files.identifier(), files.title(), set.isPublic(), path, path + OpenDataPackage.META,
                    path + files.dataFile(), path + files.structureFile());
        }).toList();
        model.addAttribute("sets", sets);
        return "open-data";
    }
}
