"""Qt's own words the window shows (message box and dialog buttons, a text field's context
menu, Qt's file dialog), keyed by (Qt's context, Qt's English source), for what Qt's
catalogues lack: Basque, which Qt has no catalogue for, and the few file dialog labels
Qt 6 renamed ("&Look in:", "Files of &type:") that its French and Italian ones never
caught up with. ../translations.py writes resources/i18n/qtbase_<language>.ts from these;
ui/i18n.py loads it over Qt's own. The sources as Qt's catalogues have them (qtbase_fr.qm).
"""

QT_CATALOGUE = {
    "eu": {
        ("QPlatformTheme", "OK"): "Ados",
        ("QPlatformTheme", "Save"): "Gorde",
        ("QPlatformTheme", "Save All"): "Gorde dena",
        ("QPlatformTheme", "Open"): "Ireki",
        ("QPlatformTheme", "&Yes"): "&Bai",
        ("QPlatformTheme", "Yes to &All"): "Bai &guztiei",
        ("QPlatformTheme", "&No"): "&Ez",
        ("QPlatformTheme", "N&o to All"): "E&z guztiei",
        ("QPlatformTheme", "Abort"): "Abortatu",
        ("QPlatformTheme", "Retry"): "Saiatu berriro",
        ("QPlatformTheme", "Ignore"): "Ez ikusi egin",
        ("QPlatformTheme", "Close"): "Itxi",
        ("QPlatformTheme", "Cancel"): "Utzi",
        ("QPlatformTheme", "Discard"): "Baztertu",
        ("QPlatformTheme", "Help"): "Laguntza",
        ("QPlatformTheme", "Apply"): "Aplikatu",
        ("QPlatformTheme", "Reset"): "Berrezarri",
        ("QPlatformTheme", "Restore Defaults"): "Leheneratu balio lehenetsiak",
        ("QMessageBox", "Show Details..."): "Erakutsi xehetasunak…",
        ("QMessageBox", "Hide Details..."): "Ezkutatu xehetasunak…",
        ("QInputDialog", "Enter a value:"): "Idatzi balio bat:",
        ("QAbstractSpinBox", "&Select All"): "&Hautatu dena",
        ("QAbstractSpinBox", "&Step up"): "&Handitu",
        ("QAbstractSpinBox", "Step &down"): "&Txikitu",
        **{(context, source): text for context in ("QLineEdit", "QWidgetTextControl") for source, text in (
            ("&Undo", "&Desegin"), ("&Redo", "&Berregin"), ("Cu&t", "&Ebaki"), ("&Copy", "&Kopiatu"),
            ("&Paste", "&Itsatsi"), ("Delete", "Ezabatu"), ("Select All", "Hautatu dena"))},
        ("QWidgetTextControl", "Copy &Link Location"): "Kopiatu &estekaren helbidea",
        ("QDialogButtonBox", "OK"): "Ados",
        # Qt's own file dialog (an agent's attachments, an export's folder where the desktop has none).
        **{("QFileDialog", source): text for source, text in (
            ("Look in:", "Begiratu hemen:"), ("File &name:", "Fitxategi-&izena:"), ("Files of type:", "Fitxategi mota:"),
            ("&Open", "&Ireki"), ("&Save", "&Gorde"), ("&Choose", "&Aukeratu"), ("Open", "Ireki"),
            ("Save As", "Gorde honela"), ("Find Directory", "Bilatu karpeta"), ("Directory:", "Karpeta:"),
            ("Directories", "Karpetak"), ("All Files (*)", "Fitxategi guztiak (*)"),
            ("All files (*)", "Fitxategi guztiak (*)"), ("Back", "Atzera"), ("Forward", "Aurrera"),
            ("Parent Directory", "Karpeta gurasoa"), ("Create New Folder", "Sortu karpeta berria"),
            ("List View", "Zerrenda-ikuspegia"), ("Detail View", "Xehetasun-ikuspegia"), ("Sidebar", "Alboko barra"),
            ("Go back", "Joan atzera"), ("Go forward", "Joan aurrera"),
            ("Go to the parent directory", "Joan karpeta gurasora"), ("Create a New Folder", "Sortu karpeta berri bat"),
            ("Change to list view mode", "Aldatu zerrenda-ikuspegira"),
            ("Change to detail view mode", "Aldatu xehetasun-ikuspegira"),
            ("List of places and bookmarks", "Lekuen eta laster-marken zerrenda"), ("New Folder", "Karpeta berria"),
            ("&New Folder", "Karpeta &berria"), ("&Rename", "&Aldatu izena"), ("&Delete", "&Ezabatu"),
            ("Delete", "Ezabatu"), ("Remove", "Kendu"), ("Show &hidden files", "Erakutsi fitxategi &ezkutuak"),
            ("Recent Places", "Azken lekuak"), ("My Computer", "Nire ordenagailua"),
            ("Are you sure you want to delete '%1'?", "Ziur '%1' ezabatu nahi duzula?"),
            ("'%1' is write protected.\nDo you want to delete it anyway?",
             "'%1' idazketaren aurka babestuta dago.\nHala ere ezabatu nahi duzu?"),
            ("%1 already exists.\nDo you want to replace it?", "%1 badago dagoeneko.\nOrdeztu nahi duzu?"),
            ("%1\nFile not found.\nPlease verify the correct file name was given.",
             "%1\nEz da fitxategia aurkitu.\nEgiaztatu fitxategi-izena zuzen eman dela."),
            ("%1\nDirectory not found.\nPlease verify the correct directory name was given.",
             "%1\nEz da karpeta aurkitu.\nEgiaztatu karpeta-izena zuzen eman dela."),
            ("Could not delete directory.", "Ezin izan da karpeta ezabatu."), ("Unknown", "Ezezaguna"),
            ("File", "Fitxategia"), ("Folder", "Karpeta"), ("File Folder", "Karpeta"), ("Files", "Fitxategiak"),
            ("%1 File", "%1 fitxategia"), ("Drive", "Unitatea"), ("Shortcut", "Lasterbidea"), ("Alias", "Aliasa"),
            ("Show ", "Erakutsi "))},
        **{("QFileSystemModel", source): text for source, text in (
            ("Name", "Izena"), ("Size", "Tamaina"), ("Type", "Mota"), ("Kind", "Mota"),
            ("Date Modified", "Aldatze-data"), ("Computer", "Ordenagailua"), ("My Computer", "Nire ordenagailua"),
            ("Invalid filename", "Fitxategi-izen baliogabea"),
            ('<b>The name "%1" cannot be used.</b><p>Try using another name, with fewer characters or no punctuation '
             'marks.', '<b>"%1" izena ezin da erabili.</b><p>Saiatu beste izen batekin, karaktere gutxiagorekin edo '
             'puntuazio-markarik gabe.'))},
        ("QFileDialog", "&Look in:"): "&Begiratu hemen:",
        ("QFileDialog", "Files of &type:"): "Fitxategi &mota:",
    },
    "fr": {
        ("QFileDialog", "&Look in:"): "&Voir dans\u00a0:",
        ("QFileDialog", "Files of &type:"): "Fichiers de &type\u00a0:",
    },
    "it": {
        ("QFileDialog", "&Look in:"): "&Cerca in:",
        ("QFileDialog", "Files of &type:"): "File di &tipo:",
    },
}
