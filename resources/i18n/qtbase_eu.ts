<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="eu_ES">
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>Ados</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Gorde</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Gorde dena</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ireki</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Bai</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Bai &amp;guztiei</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Ez</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>E&amp;z guztiei</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Abortatu</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Saiatu berriro</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Ez ikusi egin</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Itxi</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Utzi</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Baztertu</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Laguntza</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Aplikatu</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Berrezarri</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Leheneratu balio lehenetsiak</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>Erakutsi xehetasunak…</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Ezkutatu xehetasunak…</translation>
    </message>
  </context>
  <context>
    <name>QInputDialog</name>
    <message>
      <source>Enter a value:</source>
      <translation>Idatzi balio bat:</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>&amp;Select All</source>
      <translation>&amp;Hautatu dena</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>&amp;Handitu</translation>
    </message>
    <message>
      <source>Step &amp;down</source>
      <translation>&amp;Txikitu</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Desegin</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Berregin</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Ebaki</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Kopiatu</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Itsatsi</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Ezabatu</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Hautatu dena</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Desegin</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Berregin</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Ebaki</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Kopiatu</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Itsatsi</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Ezabatu</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Hautatu dena</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Kopiatu &amp;estekaren helbidea</translation>
    </message>
  </context>
</TS>