<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it">
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Cerca in:</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>File di &amp;tipo:</translation>
    </message>
  </context>
</TS>