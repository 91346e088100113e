<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="eu_ES">
<context>
    <name />
    <message>
        <location filename="../../deskclient/net/login.py" line="27" />
        <source>That code is not right. Check the code Telegram sent and try again.</source>
        <translation>Kodea ez da zuzena. Egiaztatu Telegramek bidalitako kodea eta saiatu berriro.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="29" />
        <source>That code has expired. Ask for a new code.</source>
        <translation>Kodea iraungi da. Eskatu kode berri bat.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="31" />
        <source>Telegram does not know this phone number. Check it, with its country code.</source>
        <translation>Telegramek ez du telefono-zenbaki hau ezagutzen. Egiaztatu, herrialdearen aurrezenbakiarekin.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="33" />
        <source>Wrong password. Try again.</source>
        <translation>Pasahitz okerra. Saiatu berriro.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="35" />
        <source>The bot token is not valid. Copy it again from @BotFather.</source>
        <translation>Botaren tokena ez da baliozkoa. Kopiatu berriro @BotFather-etik.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="37" />
        <source>Telegram asks to wait {seconds} seconds before trying again.</source>
        <translation>Telegramek {seconds} segundo itxaroteko eskatzen du berriro saiatu aurretik.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="39" />
        <source>Cannot reach Telegram. Check the network and try again.</source>
        <translation>Ezin da Telegramekin konektatu. Egiaztatu sarea eta saiatu berriro.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="41" />
        <source>Telegram refused the login ({code}).</source>
        <translation>Telegramek saio-hasiera baztertu du ({code}).</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="54" />
        <source>Not connected to Telegram yet. Wait a moment and try again.</source>
        <translation>Oraindik ez dago Telegramekin konektatuta. Itxaron une bat eta saiatu berriro.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="74" />
        <source>Ask for a code first.</source>
        <translation>Eskatu lehenik kode bat.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="110" />
        <source>The QR code expired. Show a new one and scan it again.</source>
        <translation>QR kodea iraungi da. Erakutsi berri bat eta eskaneatu berriro.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="24" />
        <location filename="../../deskclient/net/rpc_errors.py" line="32" />
        <source>the citizen has blocked the service account</source>
        <translation>herritarrak zerbitzuaren kontua blokeatu du</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="25" />
        <location filename="../../deskclient/net/rpc_errors.py" line="26" />
        <location filename="../../deskclient/net/rpc_errors.py" line="33" />
        <location filename="../../deskclient/net/rpc_errors.py" line="34" />
        <source>the citizen's Telegram account was deleted</source>
        <translation>herritarraren Telegram kontua ezabatu da</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="29" />
        <source>the caption is longer than Telegram allows (1,024 characters)</source>
        <translation>fitxategiaren testua Telegramek onartzen duena baino luzeagoa da (1.024 karaktere)</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="30" />
        <source>the text is longer than Telegram allows (4,096 characters)</source>
        <translation>testua Telegramek onartzen duena baino luzeagoa da (4.096 karaktere)</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="31" />
        <source>Telegram refuses an empty message</source>
        <translation>Telegramek ez du mezu hutsik onartzen</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="35" />
        <location filename="../../deskclient/net/rpc_errors.py" line="36" />
        <source>Telegram does not know this citizen for the service account</source>
        <translation>Telegramek ez du herritar hau ezagutzen zerbitzuaren kontuarentzat</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="37" />
        <source>Telegram refused the file</source>
        <translation>Telegramek fitxategia baztertu du</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="38" />
        <source>the file is too big for Telegram</source>
        <translation>fitxategia handiegia da Telegramentzat</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="41" />
        <source>the service account has blocked this citizen</source>
        <translation>zerbitzuaren kontuak herritar hau blokeatu du</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="42" />
        <source>the citizen accepts messages from Premium accounts only</source>
        <translation>herritarrak Premium kontuen mezuak bakarrik onartzen ditu</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="43" />
        <source>the service account may not write in this chat</source>
        <translation>zerbitzuaren kontuak ezin du txat honetan idatzi</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="56" />
        <location filename="../../deskclient/net/whatsapp/media.py" line="74" />
        <source>the file to send is no longer on disk</source>
        <translation>bidali beharreko fitxategia ez dago jada diskoan</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="71" />
        <source>not connected to Telegram</source>
        <translation>ez dago Telegramekin konektatuta</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="73" />
        <source>the message could not be sent</source>
        <translation>ezin izan da mezua bidali</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="196" />
        <source>Only a team lead can send broadcasts.</source>
        <translation>Koordinazioak bakarrik bidal ditzake zabalkundeak.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="204" />
        <source>The default language must be one of the broadcast's texts.</source>
        <translation>Hizkuntza lehenetsiak zabalkundearen testuetako batena izan behar du.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="207" />
        <source>The time to send needs a time zone.</source>
        <translation>Bidaltzeko orduak ordu-eremu bat behar du.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="230" />
        <source>Unknown topic: {topics}.</source>
        <translation>Gai ezezaguna: {topics}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="232" />
        <source>Choose at least one topic.</source>
        <translation>Aukeratu gai bat gutxienez.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="240" />
        <source>Unknown language: {language}.</source>
        <translation>Hizkuntza ezezaguna: {language}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="252" />
        <source>The {language} text is {length} characters long; Telegram takes at most {limit} under a file in one message.</source>
        <translation>{language} testuak {length} karaktere ditu; Telegramek {limit} onartzen ditu gehienez fitxategi baten azpian mezu batean.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="255" />
        <source>The {language} text is {length} characters long; Telegram takes at most {limit} in one message.</source>
        <translation>{language} testuak {length} karaktere ditu; Telegramek {limit} onartzen ditu gehienez mezu batean.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="259" />
        <source>The broadcast has no text.</source>
        <translation>Zabalkundeak ez du testurik.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="272" />
        <source>With every language's text, the channel post is {length} characters long; Telegram takes at most {limit} under a file in one post.</source>
        <translation>Hizkuntza guztien testuekin, kanaleko argitalpenak {length} karaktere ditu; Telegramek {limit} onartzen ditu gehienez fitxategi baten azpian argitalpen batean.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="275" />
        <source>With every language's text, the channel post is {length} characters long; Telegram takes at most {limit} in one post.</source>
        <translation>Hizkuntza guztien testuekin, kanaleko argitalpenak {length} karaktere ditu; Telegramek {limit} onartzen ditu gehienez argitalpen batean.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="288" />
        <source>Only a team lead can cancel a broadcast.</source>
        <translation>Koordinazioak bakarrik utz dezake bertan behera zabalkunde bat.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="316" />
        <source>This broadcast's recipients were deleted after the retention period; its figures are in the report.</source>
        <translation>Zabalkunde honen hartzaileak kontserbazio-epearen ondoren ezabatu ziren; zifrak txostenean daude.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="333" />
        <source>Cannot write {name}: {problem}.</source>
        <translation>Ezin da {name} idatzi: {problem}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/channel_posts.py" line="52" />
        <source>“{name}” is not a channel's public name (like @gencat: 5 to 32 letters, digits or _, starting with a letter).</source>
        <translation>«{name}» ez da kanal baten izen publikoa (@gencat bezala: 5etik 32ra letra, zifra edo _, letra batez hasita).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/channel_posts.py" line="107" />
        <source>Only a team lead can change a channel post.</source>
        <translation>Koordinazioak bakarrik alda dezake kanaleko argitalpen bat.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/channel_posts.py" line="110" />
        <source>A channel post needs a text; delete it instead.</source>
        <translation>Kanaleko argitalpen batek testua behar du; ezabatu, bestela.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/channel_posts.py" line="116" />
        <source>Only a team lead can delete a channel post.</source>
        <translation>Koordinazioak bakarrik ezaba dezake kanaleko argitalpen bat.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/citizen_requests.py" line="43" />
        <source>look up citizens' records</source>
        <translation>herritarren datuak kontsultatu</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/citizen_requests.py" line="51" />
        <source>export a citizen's records</source>
        <translation>herritar baten datuak esportatu</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/citizen_requests.py" line="91" />
        <source>correct a citizen's records</source>
        <translation>herritar baten datuak zuzendu</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/citizen_requests.py" line="93" />
        <source>The name cannot be empty.</source>
        <translation>Izena ezin da hutsik egon.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/citizen_requests.py" line="102" />
        <source>erase a citizen's records</source>
        <translation>herritar baten datuak ezabatu</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/citizen_requests.py" line="110" />
        <source>Ticket {numbers} is on legal hold: release the hold before erasing this citizen's records.</source>
        <translation>{numbers} kontsulta atxikipen legalean dago: kendu atxikipena herritar honen datuak ezabatu aurretik.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="208" />
        <source>The new text is empty.</source>
        <translation>Testu berria hutsik dago.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="36" />
        <source>Not connected to Telegram: try again once online.</source>
        <translation>Ez dago Telegramekin konektatuta: saiatu berriro konexioa dagoenean.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="37" />
        <source>Telegram asks to wait {seconds} s: try again then.</source>
        <translation>Telegramek {seconds} s itxaroteko eskatzen du: saiatu berriro orduan.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="38" />
        <source>Telegram refused it ({reason}).</source>
        <translation>Telegramek baztertu du ({reason}).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="39" />
        <source>Not connected to WhatsApp: try again once online.</source>
        <translation>Ez dago WhatsApp-ekin konektatuta: saiatu berriro konexioa dagoenean.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="40" />
        <source>WhatsApp asks to wait {seconds} s: try again then.</source>
        <translation>WhatsApp-ek {seconds} s itxaroteko eskatzen du: saiatu berriro orduan.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="41" />
        <source>WhatsApp refused it ({reason}).</source>
        <translation>WhatsApp-ek baztertu du ({reason}).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="245" />
        <source>The note is empty.</source>
        <translation>Oharra hutsik dago.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="281" />
        <source>Unknown category '{category}'.</source>
        <translation>Kategoria ezezaguna: «{category}».</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="292" />
        <source>The desk has no automatic messages in '{language}'.</source>
        <translation>Zerbitzuak ez du mezu automatikorik «{language}» hizkuntzan.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="349" />
        <source>The text under the file is {length} characters long; Telegram takes at most {limit}. Send the text as a reply of its own.</source>
        <translation>Fitxategiaren azpiko testuak {length} karaktere ditu; Telegramek {limit} onartzen ditu gehienez. Bidali testua beste erantzun batean.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="353" />
        <source>The reply is empty.</source>
        <translation>Erantzuna hutsik dago.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="355" />
        <source>The reply is {length} characters long; Telegram takes at most {limit}. Split it in two.</source>
        <translation>Erantzunak {length} karaktere ditu; Telegramek {limit} onartzen ditu gehienez. Zatitu bitan.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_intake.py" line="84" />
        <source>Cannot read {name}: {problem}.</source>
        <translation>Ezin da {name} irakurri: {problem}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_intake.py" line="89" />
        <source>{name} cannot be sent: {reason}. Accepted: {accepted}.</source>
        <translation>Ezin da {name} bidali: {reason}. Onartuak: {accepted}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_intake.py" line="104" />
        <source>Cannot keep a copy of {name}: {problem}.</source>
        <translation>Ezin da {name} fitxategiaren kopia bat gorde: {problem}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="56" />
        <source>{name} was not kept: {reason}.</source>
        <translation>{name} ez zen gorde: {reason}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="57" />
        <source>{name} is still arriving: try again in a moment.</source>
        <translation>{name} iristen ari da oraindik: saiatu berriro une batean.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="58" />
        <source>{name} could not be downloaded, so it was not kept.</source>
        <translation>Ezin izan zen {name} deskargatu; beraz, ez zen gorde.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="59" />
        <source>{name} was received before files were shared between workstations: only the workstation that received it has it.</source>
        <translation>{name} fitxategiak lanpostuen artean partekatu aurretik jaso zen: jaso zuen lanpostuak bakarrik du.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="61" />
        <source>{name} is missing from the files folder.</source>
        <translation>{name} ez dago fitxategien karpetan.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="62" />
        <source>{name} is incomplete or damaged in the shared store: it cannot be opened or sent.</source>
        <translation>{name} osatu gabe edo hondatuta dago biltegi partekatuan: ezin da ireki ez bidali.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="63" />
        <source>{name} could not be copied to this workstation's files folder ({problem}).</source>
        <translation>Ezin izan da {name} lanpostu honetako fitxategien karpetara kopiatu ({problem}).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="91" />
        <source>The file's stored name is not valid, so it cannot be opened.</source>
        <translation>Fitxategiaren gordetako izena ez da baliozkoa; beraz, ezin da ireki.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="150" />
        <source>This file is no longer kept (its ticket was purged or erased).</source>
        <translation>Fitxategi hau ez da gordetzen jada (haren kontsulta garbitu edo ezabatu egin zen).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="30" />
        <source>You are no longer an agent of this desk (ask IT).</source>
        <translation>Jada ez zara zerbitzu honetako agentea (galdetu informatikari).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="31" />
        <source>The database was upgraded by a newer deskclient: upgrade deskclient on this workstation and start it again.</source>
        <translation>Datu-basea deskclient berriago batek eguneratu du: eguneratu deskclient lanpostu honetan eta ireki berriro.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="57" />
        <source>The database login {login} is not registered on this desk: ask IT to run `deskclient team add-agent {login}`.</source>
        <translation>{login} datu-baseko erabiltzailea ez dago zerbitzu honetan erregistratuta: eskatu informatika-sailari `deskclient team add-agent {login}` exekutatzeko.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="73" />
        <source>This database has no team for this login (no rights on it, or `deskclient team init` never ran): {login} is neither an agent nor a team lead of this desk, so the desk does not start: ask IT.</source>
        <translation>Datu-base honek ez du talderik erabiltzaile honentzat (baimenik gabe, edo `deskclient team init` ez da inoiz exekutatu): {login} ez da zerbitzu honetako agentea ez koordinazioa; beraz, ez da abiarazten: galdetu informatika-sailari.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="78" />
        <source>`deskclient serve` connects as {login}, which is not the desk's service login: ask IT (`deskclient team add-agent NAME --service`).</source>
        <translation>`deskclient serve` {login} gisa konektatzen da, eta hori ez da zerbitzuaren erabiltzailea: galdetu informatika-sailari (`deskclient team add-agent NAME --service`).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="82" />
        <source>The database login {login} is neither an agent nor a team lead of this desk, so the desk does not start: ask IT.</source>
        <translation>{login} datu-baseko erabiltzailea ez da zerbitzu honetako agentea ez koordinazioa; beraz, ez da abiarazten: galdetu informatika-sailari.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="85" />
        <source>This workstation holds the Telegram session, which files citizens' messages: its database login {login} needs the desk's service role too (ask IT), or set telegram.session = none and let `deskclient serve` hold it.</source>
        <translation>Lanpostu honek du Telegram saioa, herritarren mezuak erregistratzen dituena: {login} datu-baseko erabiltzaileak zerbitzuaren rola ere behar du (galdetu informatika-sailari), edo jarri telegram.session = none eta utzi `deskclient serve`-ri saioa edukitzen.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="110" />
        <source>The database does not let your role do this.</source>
        <translation>Datu-baseak ez dio zure rolari hau egiten uzten.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="64" />
        <source>Only a team lead can {what}.</source>
        <translation>Koordinazioak bakarrik egin dezake hau: {what}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="99" />
        <location filename="../../deskclient/services/lead.py" line="106" />
        <source>search the retained conversations</source>
        <translation>gordetako elkarrizketetan bilatu</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="113" />
        <source>open a transcript</source>
        <translation>transkripzio bat ireki</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="125" />
        <source>export transcripts</source>
        <translation>transkripzioak esportatu</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="128" />
        <source>Choose at least one ticket to export.</source>
        <translation>Aukeratu esportatzeko kontsulta bat gutxienez.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="130" />
        <source>At most {count} transcripts per export.</source>
        <translation>Gehienez {count} transkripzio esportazio bakoitzeko.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="132" />
        <source>Transcripts export as PDF or CSV.</source>
        <translation>Transkripzioak PDF edo CSV formatuan esportatzen dira.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="174" />
        <source>see the statistics</source>
        <translation>estatistikak ikusi</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="180" />
        <source>export the statistics</source>
        <translation>estatistikak esportatu</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="191" />
        <location filename="../../deskclient/services/lead.py" line="197" />
        <source>read the audit log</source>
        <translation>auditoria-erregistroa irakurri</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="201" />
        <source>export the audit log</source>
        <translation>auditoria-erregistroa esportatu</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="218" />
        <source>put a ticket on legal hold</source>
        <translation>kontsulta bat atxikipen legalean jarri du</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="221" />
        <source>Say why the ticket is on legal hold (e.g. the court order).</source>
        <translation>Adierazi zergatik dagoen kontsulta atxikipen legalean (adibidez, epaitegiaren agindua).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="225" />
        <source>release a legal hold</source>
        <translation>atxikipen legal bat kendu</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="234" />
        <source>link citizens</source>
        <translation>herritarrak lotu</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="239" />
        <source>No ticket is numbered {number}.</source>
        <translation>Ez dago {number} zenbakia duen tiketik.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="241" />
        <source>Both tickets are the same citizen's.</source>
        <translation>Bi tiketak herritar berarenak dira.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="250" />
        <source>unlink citizens</source>
        <translation>herritarren lotura kendu</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="254" />
        <source>That citizen is not linked to anyone.</source>
        <translation>Herritar hori ez dago inorekin lotuta.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="265" />
        <source>run the retention purge</source>
        <translation>kontserbazio-garbiketa abiarazi</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="282" />
        <source>The service purges daily at {hour} ({zone} time); a team lead may preview the purge but not run it.</source>
        <translation>Zerbitzuak egunero garbitzen du {hour}etan ({zone} ordua); koordinazioak garbiketaren aurrebista ikus dezake, baina ezin du abiarazi.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead_tools.py" line="59" />
        <source>`deskclient purge` deletes as the desk's service: run it with the service's login in database.url, or let `deskclient serve` purge daily at {hour}.</source>
        <translation>`deskclient purge`-k zerbitzu gisa ezabatzen du: exekutatu zerbitzuaren erabiltzailearekin database.url-en, edo utzi `deskclient serve`-ri egunero {hour}etan garbitzen.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/outbox.py" line="61" />
        <source>More than 24 hours have passed since the citizen last wrote: WhatsApp only takes an approved template now</source>
        <translation>24 ordu baino gehiago igaro dira herritarrak azkenekoz idatzi zuenetik: WhatsAppek txantiloi onartu bat bakarrik onartzen du orain</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/outbox.py" line="63" />
        <source>More than 24 hours have passed since the citizen last wrote, and no approved WhatsApp template is configured for this message</source>
        <translation>24 ordu baino gehiago igaro dira herritarrak azkenekoz idatzi zuenetik, eta ez dago WhatsAppen txantiloi onarturik konfiguratuta mezu honetarako</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/outbox.py" line="305" />
        <source>The file could not be read from the store</source>
        <translation>Ezin izan da fitxategia biltegitik irakurri</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/broadcasts.py" line="128" />
        <source>Only a broadcast that is scheduled or being sent can be cancelled.</source>
        <translation>Programatuta dagoen edo bidaltzen ari den zabalkundea bakarrik utz daiteke bertan behera.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/broadcasts.py" line="150" />
        <source>This broadcast does not exist.</source>
        <translation>Zabalkunde hau ez dago.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/canned.py" line="22" />
        <source>Only a team lead can edit canned responses.</source>
        <translation>Koordinazioak bakarrik edita ditzake erantzun-ereduak.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/canned.py" line="31" />
        <location filename="../../deskclient/store/canned.py" line="68" />
        <source>A canned reply needs a title and a text.</source>
        <translation>Erantzun-eredu batek izenburua eta testua behar ditu.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/canned.py" line="56" />
        <source>A shortcut is letters a-z, digits, '-' and '_', at most 40.</source>
        <translation>Lasterbide bat a-z letrak, zifrak, '-' eta '_' dira, gehienez 40.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/canned.py" line="59" />
        <source>The shortcut /{shortcut} is already the canned reply “{title}”'s.</source>
        <translation>/{shortcut} lasterbidea «{title}» erantzun-ereduarena da dagoeneko.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/canned.py" line="74" />
        <source>There is already a canned reply called “{title}”.</source>
        <translation>Badago dagoeneko «{title}» izeneko erantzun-eredu bat.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/channel_posts.py" line="113" />
        <source>Only a post that is waiting or in the channel can be edited.</source>
        <translation>Zain dagoen edo kanalean dagoen argitalpena bakarrik edita daiteke.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/channel_posts.py" line="133" />
        <source>Only a post that is waiting or in the channel can be deleted.</source>
        <translation>Zain dagoen edo kanalean dagoen argitalpena bakarrik ezaba daiteke.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/citizen_choices.py" line="30" />
        <location filename="../../deskclient/store/retention.py" line="443" />
        <location filename="../../deskclient/store/review.py" line="46" />
        <source>That ticket no longer exists (it may have been purged).</source>
        <translation>Kontsulta hori ez dago jada (agian garbitu egin da).</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/citizen_reads.py" line="25" />
        <location filename="../../deskclient/store/citizen_reads.py" line="62" />
        <source>That citizen is no longer in the records (erased).</source>
        <translation>Herritar hori ez dago jada erregistroetan (ezabatuta).</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/outbox_queue.py" line="181" />
        <source>Only a message that was not sent can be changed and sent again.</source>
        <translation>Bidali ez den mezua bakarrik alda eta bidal daiteke berriro.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/delivery_status.py" line="145" />
        <location filename="../../deskclient/store/queue_reads.py" line="149" />
        <location filename="../../deskclient/store/repository.py" line="152" />
        <source>That ticket is no longer in the records (purged or erased).</source>
        <translation>Kontsulta hori ez dago jada erregistroetan (garbitua edo ezabatua).</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/retention.py" line="459" />
        <source>That ticket no longer exists.</source>
        <translation>Kontsulta hori ez dago jada.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/retention.py" line="461" />
        <source>Ticket {number} is not on legal hold.</source>
        <translation>{number} kontsulta ez dago atxikipen legalean.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/review.py" line="135" />
        <location filename="../../deskclient/store/review.py" line="168" />
        <source>That citizen is not in the records (erased or purged).</source>
        <translation>Herritar hori ez dago erregistroetan (ezabatuta edo garbituta).</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="34" />
        <source>This ticket is closed and cannot be claimed.</source>
        <translation>Kontsulta hau itxita dago, eta ezin da esleitu.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="35" />
        <source>Ticket {number} was already claimed by {agent}.</source>
        <translation>{agent} agenteak esleitu zuen lehenago {number} kontsulta.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="45" />
        <source>Only a team lead can assign a ticket to someone else.</source>
        <translation>Koordinazioak bakarrik esleitu diezaioke kontsulta bat beste norbaiti.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="77" />
        <source>Ticket {number} is closed: the citizen's next message will open a new one.</source>
        <translation>{number} kontsulta itxita dago: herritarraren hurrengo mezuak beste bat irekiko du.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="105" />
        <source>Only an agent's message that was sent can be changed.</source>
        <translation>Agente batek bidalitako mezua bakarrik alda daiteke.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="155" />
        <source>Ticket {number} is already closing.</source>
        <translation>{number} kontsulta ixten ari da dagoeneko.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="156" />
        <source>Ticket {number} is already closed.</source>
        <translation>{number} kontsulta itxita dago dagoeneko.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="176" />
        <source>Ticket {number} can only be reopened within the grace period after closing.</source>
        <translation>{number} kontsulta ixtearen ondorengo grazia-epean bakarrik ireki daiteke berriro.</translation>
    </message>
    <message>
        <location filename="../../deskclient/errors.py" line="114" />
        <source>Telegram refused the message ({code})</source>
        <translation>Telegramek mezua baztertu du ({code})</translation>
    </message>
    <message>
        <location filename="../../deskclient/errors.py" line="115" />
        <source>the message could not be sent ({code})</source>
        <translation>ezin izan da mezua bidali ({code})</translation>
    </message>
    <message>
        <location filename="../../deskclient/errors.py" line="116" />
        <source>{reason}; gave up after {tries} tries</source>
        <translation>{reason}; {tries} saiakeraren ondoren utzi da</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/purge.py" line="327" />
        <source>The database log (WAL) was in use and could not be emptied now; the next purge will.</source>
        <translation>Datu-basearen erregistroa (WAL) erabiltzen ari zen, eta ezin izan da orain hustu; hurrengo garbiketak egingo du.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/purge.py" line="331" />
        <source>The database could not be compacted now; the next purge will.</source>
        <translation>Ezin izan da datu-basea orain trinkotu; hurrengo garbiketak egingo du.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/purge_session.py" line="76" />
        <source>The Telegram session's cache could not be cleaned now (in use); the next purge will.</source>
        <translation>Ezin izan da Telegram saioaren cachea orain garbitu (erabiltzen ari da); hurrengo garbiketak egingo du.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/purge_session.py" line="97" />
        <source>The Telegram session file could not be compacted now.</source>
        <translation>Ezin izan da Telegram saioaren fitxategia orain trinkotu.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/pg_compaction.py" line="125" />
        <source>The purged rows are deleted, but this login may not rewrite the database's tables (VACUUM FULL needs their owner), so their old text stays in the table files until the service's next purge.</source>
        <translation>Garbitutako errenkadak ezabatu dira, baina erabiltzaile honek ezin ditu datu-basearen taulak berridatzi (VACUUM FULL-ek jabea behar du); beraz, testu zaharra taulen fitxategietan geratzen da zerbitzuaren hurrengo garbiketara arte.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/pg_compaction.py" line="129" />
        <source>A long transaction elsewhere could still see the purged rows, so the database kept their old copies for now; the next purge removes them.</source>
        <translation>Beste nonbaiteko transakzio luze batek oraindik ikus zitzakeen garbitutako errenkadak; beraz, datu-baseak haien kopia zaharrak gorde ditu oraingoz; hurrengo garbiketak kenduko ditu.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/pg_compaction.py" line="132" />
        <source>Some database tables were in use and were not rewritten now; the next purge does it.</source>
        <translation>Datu-baseko taula batzuk erabiltzen ari ziren, eta ez dira orain berridatzi; hurrengo garbiketak egingo du.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/pg_compaction.py" line="135" />
        <source>Messages kept arriving, so the purged text's old copies stay in the database files until a quiet moment; the desk tries again every few minutes.</source>
        <translation>Mezuak iristen jarraitu dute; beraz, garbitutako testuaren kopia zaharrak datu-basearen fitxategietan geratzen dira une lasai bat iritsi arte; zerbitzuak berriro saiatzen da minutu gutxian behin.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="43" />
        <source>more than 24 hours have passed since the citizen last wrote: only an approved template can reach them</source>
        <translation>24 ordu baino gehiago igaro dira pertsonaren azken mezutik: onartutako txantiloi batek bakarrik irits daiteke harengana</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="44" />
        <source>WhatsApp could not deliver it to this number</source>
        <translation>WhatsAppek ezin izan dio zenbaki honi entregatu</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="45" />
        <source>too many messages to this citizen in a short time</source>
        <translation>mezu gehiegi pertsona honi denbora laburrean</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="46" />
        <source>the number's sending rate was exceeded</source>
        <translation>zenbakiaren bidalketa-erritmoa gainditu da</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="47" />
        <source>WhatsApp limited this number's sending (spam rate)</source>
        <translation>WhatsAppek zenbaki honen bidalketak mugatu ditu (spam muga)</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="48" />
        <source>the WhatsApp access token is no longer valid</source>
        <translation>WhatsAppeko sarbide-tokena jada ez da baliozkoa</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="49" />
        <source>the WhatsApp access token lacks the messaging permission</source>
        <translation>WhatsAppeko sarbide-tokenak ez du mezularitza-baimenik</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="50" />
        <source>WhatsApp refused the message as malformed</source>
        <translation>WhatsAppek mezua baztertu du, gaizki osatuta dagoelako</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="51" />
        <source>the template's parameters do not match the approved template</source>
        <translation>parametroak ez datoz bat onartutako txantiloiarekin</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="52" />
        <source>no approved template of that name and language</source>
        <translation>ez dago izen eta hizkuntza horretako txantiloi onarturik</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="53" />
        <source>WhatsApp does not support this kind of message</source>
        <translation>WhatsAppek ez du mezu mota hau onartzen</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="54" />
        <source>WhatsApp could not download the file</source>
        <translation>WhatsAppek ezin izan du fitxategia deskargatu</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="55" />
        <source>WhatsApp could not take the file</source>
        <translation>WhatsAppek ezin izan du fitxategia onartu</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="71" />
        <source>the template is paused or disabled</source>
        <translation>txantiloia pausatuta edo desgaituta dago</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/gateway.py" line="287" />
        <source>WhatsApp cannot edit a message once sent</source>
        <translation>WhatsAppek ez du uzten bidalitako mezu bat editatzen</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/gateway.py" line="290" />
        <source>WhatsApp cannot delete a message once sent</source>
        <translation>WhatsAppek ez du uzten bidalitako mezu bat ezabatzen</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/arriving_files.py" line="93" />
        <source>A citizen's file could not be downloaded; the message was kept without it.</source>
        <translation>Ezin izan da herritar baten fitxategia deskargatu; mezua hura gabe gorde da.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/purge_schedule.py" line="143" />
        <source>The retention purge could not run now; it will try again within the hour.</source>
        <translation>Kontserbazio-garbiketa ezin izan da orain abiarazi; ordubete barru saiatuko da berriro.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/steady.py" line="32" />
        <source>The database refuses writes (locked).</source>
        <translation>Datu-baseak idazketak baztertzen ditu (blokeatuta).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/steady.py" line="33" />
        <location filename="../../deskclient/store/faults.py" line="31" />
        <source>The database cannot be reached.</source>
        <translation>Ezin da datu-basearekin konektatu.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/steady.py" line="34" />
        <source>The database refuses writes (disk full).</source>
        <translation>Datu-baseak idazketak baztertzen ditu (diskoa beteta).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/steady.py" line="35" />
        <source>The database reports disk errors.</source>
        <translation>Datu-baseak disko-erroreak jakinarazten ditu.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/steady.py" line="36" />
        <location filename="../../deskclient/store/faults.py" line="35" />
        <source>The database is unavailable.</source>
        <translation>Datu-basea ez dago erabilgarri.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/steady.py" line="38" />
        <source>{problem} Citizens' messages waiting to be filed when it is back: {count}.</source>
        <translation>{problem} Itzultzen denean erregistratzeko zain dauden herritarren mezuak: {count}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/steady.py" line="107" />
        <source>The database is back: waiting messages were filed.</source>
        <translation>Datu-basea itzuli da: zain zeuden mezuak erregistratu dira.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/faults.py" line="30" />
        <source>The database refuses writes: another program holds its lock.</source>
        <translation>Datu-baseak idazketak baztertzen ditu: beste programa batek dauka blokeatuta.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/faults.py" line="32" />
        <source>The disk holding the database is full: free some space.</source>
        <translation>Datu-basearen diskoa beteta dago: egin lekua.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/faults.py" line="33" />
        <source>The disk holding the database reports read or write errors.</source>
        <translation>Datu-basearen diskoak irakurketa- edo idazketa-erroreak jakinarazten ditu.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/customer_windows.py" line="50" />
        <source>More than 24 hours have passed since the citizen last wrote: on WhatsApp only an approved template reaches them now.</source>
        <translation>24 ordu baino gehiago igaro dira herritarrak azkenekoz idatzi zuenetik: WhatsApp-en onartutako txantiloi bat baino ez zaio orain iristen.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/customer_windows.py" line="58" />
        <source>No approved template is configured for that.</source>
        <translation>Ez dago horretarako onartutako txantiloirik konfiguratuta.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/inbound.py" line="52" />
        <source>another chat</source>
        <translation>beste txat bat</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/inbound.py" line="53" />
        <source>another chat (forwarded many times)</source>
        <translation>beste txat bat (askotan birbidalia)</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcast_sender.py" line="77" />
        <source>No approved WhatsApp template is configured for broadcasts ([whatsapp.templates.broadcast])</source>
        <translation>Ez dago zerrendako bidalketetarako WhatsApp-en onartutako txantiloirik konfiguratuta ([whatsapp.templates.broadcast])</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcast_sender.py" line="79" />
        <source>More than 24 hours have passed since the citizen wrote, and no approved WhatsApp template is configured for list notices ([whatsapp.templates.list_notice])</source>
        <translation>24 ordu baino gehiago igaro dira herritarrak idatzi zuenetik, eta ez dago zerrendako oharretarako WhatsApp-en onartutako txantiloirik konfiguratuta ([whatsapp.templates.list_notice])</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/media.py" line="48" />
        <source>WhatsApp does not take this kind of file: send it as PDF, JPEG or PNG, plain text, an Office document, MP4 or MP3</source>
        <translation>WhatsAppek ez du fitxategi mota hau onartzen: bidali PDF, JPEG edo PNG, testu arrunt, Office dokumentu, MP4 edo MP3 gisa</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/media.py" line="50" />
        <source>the file is too big for WhatsApp (100 MB at most)</source>
        <translation>fitxategia handiegia da WhatsApperako (gehienez 100 MB)</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/media.py" line="51" />
        <source>the image could not be read to convert it for WhatsApp</source>
        <translation>ezin izan da irudia irakurri WhatsApperako bihurtzeko</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="34" />
        <source>agent</source>
        <translation>agentea</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="36" />
        <source>automatic message</source>
        <translation>mezu automatikoa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="37" />
        <source>internal note by {0}</source>
        <translation>{0}(r)en barne-oharra</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="42" />
        <source>Attached: {0} (arriving…)</source>
        <translation>Erantsita: {0} (iristen…)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="44" />
        <source>{0}: the file could not be downloaded</source>
        <translation>{0}: ezin izan da fitxategia deskargatu</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="46" />
        <source>Refused file: {0} ({1})</source>
        <translation>Baztertutako fitxategia: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="48" />
        <source>Attached: {0}</source>
        <translation>Erantsita: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="58" />
        <source>seen</source>
        <translation>irakurrita</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="59" />
        <source>sent</source>
        <translation>bidalita</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="59" />
        <source>delivered</source>
        <translation>entregatuta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="61" />
        <source>as the approved template {0}</source>
        <translation>{0} txantiloi onartu gisa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="63" />
        <source>queued</source>
        <translation>ilaran</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="65" />
        <source>not sent</source>
        <translation>bidali gabe</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="67" />
        <source>Reason: {0}</source>
        <translation>Arrazoia: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="69" />
        <source>edited</source>
        <translation>aldatua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="71" />
        <source>deleted</source>
        <translation>ezabatua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="72" />
        <source>deleted by the citizen</source>
        <translation>herritarrak ezabatua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="74" />
        <source>edit pending</source>
        <translation>aldaketa zain</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="76" />
        <source>deletion pending</source>
        <translation>ezabaketa zain</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="79" />
        <source>The deletion did not reach the citizen: {0}</source>
        <translation>Ezabaketa ez zaio herritarrari iritsi: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="80" />
        <source>The edit did not reach the citizen: {0}</source>
        <translation>Aldaketa ez zaio herritarrari iritsi: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="89" />
        <source>Forwarded from {0}</source>
        <translation>Nondik birbidalia: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="92" />
        <source>Quoting: {0}</source>
        <translation>Aipua: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="91" />
        <source>an earlier message</source>
        <translation>aurreko mezu bat</translation>
    </message>
</context>
<context>
    <name>AttachedFiles</name>
    <message>
        <location filename="../../deskclient/ui/composer_parts.py" line="29" />
        <source>Attached:</source>
        <translation>Erantsita:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer_parts.py" line="52" />
        <location filename="../../deskclient/ui/composer_parts.py" line="53" />
        <source>Remove {0}</source>
        <translation>Kendu {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer_parts.py" line="62" />
        <source>Attached: {0}</source>
        <translation>Erantsita: {0}</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="232" />
        <source>system</source>
        <translation>sistema</translation>
    </message>
</context>
<context>
    <name>BroadcastComposer</name>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="111" />
        <source>New broadcast</source>
        <translation>Zabalkunde berria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="118" />
        <source>The text for subscribers who speak {0}. **bold**, __italic__, [a link](https://…)</source>
        <translation>{0} hitz egiten duten harpidedunentzako testua. **lodia**, __etzana__, [esteka bat](https://…)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="129" />
        <source>&amp;Bold</source>
        <translation>&amp;Lodia</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="131" />
        <source>&amp;Italic</source>
        <translation>&amp;Etzana</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="133" />
        <source>&amp;Link…</source>
        <translation>&amp;Esteka…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="139" />
        <source>Other languages get the text in:</source>
        <translation>Beste hizkuntzek testua hizkuntza honetan jasotzen dute:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="154" />
        <source>Post to the &amp;channel too:</source>
        <translation>Argitaratu &amp;kanalean ere:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="165" />
        <source>&amp;Attach a file…</source>
        <translation>&amp;Erantsi fitxategi bat…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="167" />
        <source>Remove the file</source>
        <translation>Kendu fitxategia</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="169" />
        <location filename="../../deskclient/ui/broadcast_composer.py" line="317" />
        <source>No file</source>
        <translation>Fitxategirik ez</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="175" />
        <source>Send &amp;now</source>
        <translation>Bidali &amp;orain</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="176" />
        <source>Send &amp;at</source>
        <translation>Bidali &amp;ordu honetan</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="195" />
        <source>Subscribers' language</source>
        <translation>Harpidedunen hizkuntza</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="195" />
        <source>Subscribers</source>
        <translation>Harpidedunak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="196" />
        <source>Text they get</source>
        <translation>Jasotzen duten testua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="204" />
        <location filename="../../deskclient/ui/broadcast_composer.py" line="324" />
        <source>Send</source>
        <translation>Bidali</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="207" />
        <source>Close</source>
        <translation>Itxi</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="215" />
        <source>Topics:</source>
        <translation>Gaiak:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="216" />
        <source>File:</source>
        <translation>Fitxategia:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="217" />
        <source>Channel:</source>
        <translation>Kanala:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="218" />
        <source>When:</source>
        <translation>Noiz:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="224" />
        <source>Who will get it:</source>
        <translation>Nork jasoko duen:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="260" />
        <source>Link</source>
        <translation>Esteka</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="261" />
        <source>Address (https://…):</source>
        <translation>Helbidea (https://…):</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="269" />
        <source>A link starts with https://</source>
        <translation>Esteka bat https:// -rekin hasten da</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="282" />
        <source>&lt;i&gt;As the subscribers will see it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Harpidedunek ikusiko duten bezala.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="287" />
        <source>Attach a file</source>
        <translation>Erantsi fitxategi bat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="290" />
        <source>Accepted files ({0})</source>
        <translation>Onartutako fitxategiak ({0})</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="306" />
        <source>{0} cannot be read</source>
        <translation>Ezin da {0} irakurri</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="312" />
        <source>{0} cannot be broadcast: {1}. Accepted: {2}.</source>
        <translation>{0} ezin da zabaldu: {1}. Onartuak: {2}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="324" />
        <source>Schedule</source>
        <translation>Programatu</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="372" />
        <source>{0} (no text yet)</source>
        <translation>{0} (testurik gabe oraindik)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="375" />
        <source>{0}, the default</source>
        <translation>{0}, lehenetsia</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="384" />
        <source>Subscribers who will get it: {0}.</source>
        <translation>Jasoko duten harpidedunak: {0}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="386" />
        <source>No topic chosen: nobody on the list gets it.</source>
        <translation>Ez da gairik aukeratu: zerrendako inork ez du jasoko.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="388" />
        <source>Urgent: it goes before the rest of any broadcast being sent.</source>
        <translation>Premiazkoa: bidaltzen ari den edozein zabalkunderen gainerakoaren aurretik doa.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="392" />
        <source>It is posted to {0} too, in {1}.</source>
        <translation>{0} kanalean ere argitaratzen da, {1}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="403" />
        <source>Write the text in at least one language.</source>
        <translation>Idatzi testua hizkuntza batean gutxienez.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="405" />
        <source>Choose a topic, or a channel to post to.</source>
        <translation>Aukeratu gai bat, edo argitaratzeko kanal bat.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="408" />
        <source>Write the {0} text too: subscribers of languages without a text get that one.</source>
        <translation>Idatzi {0} testua ere: testurik gabeko hizkuntzetako harpidedunek hori jasotzen dute.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="412" />
        <source>That time has passed: choose a later one, or send now.</source>
        <translation>Ordu hori iragan da: aukeratu geroago bat, edo bidali orain.</translation>
    </message>
</context>
<context>
    <name>BroadcastLabels</name>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="30" />
        <source>scheduled</source>
        <translation>programatua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="31" />
        <source>sending</source>
        <translation>bidaltzen</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="32" />
        <source>done</source>
        <translation>eginda</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="33" />
        <source>cancelled</source>
        <translation>bertan behera utzia</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="36" />
        <source>waiting to be posted</source>
        <translation>argitaratzeko zain</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="37" />
        <source>posted</source>
        <translation>argitaratua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="38" />
        <source>not posted</source>
        <translation>argitaratu gabea</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="39" />
        <source>deleted from the channel</source>
        <translation>kanaletik ezabatua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="40" />
        <source>not posted: cancelled</source>
        <translation>argitaratu gabea: bertan behera utzia</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="43" />
        <source>edit asked for, not made yet</source>
        <translation>aldaketa eskatuta, oraindik egin gabe</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="44" />
        <source>deletion asked for, not made yet</source>
        <translation>ezabatzea eskatuta, oraindik egin gabe</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="50" />
        <source>blocked the service account</source>
        <translation>zerbitzuaren kontua blokeatu du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="52" />
        <source>deleted their Telegram account</source>
        <translation>bere Telegram kontua ezabatu du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="54" />
        <source>the service account is not an admin of @{name}</source>
        <translation>zerbitzuaren kontua ez da @{name} kanalaren administratzailea</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="56" />
        <source>no Telegram channel is called @{name}</source>
        <translation>ez dago @{name} izeneko Telegram kanalik</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="58" />
        <source>@{name} is not a Telegram channel</source>
        <translation>@{name} ez da Telegram kanal bat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="60" />
        <source>the post is no longer in @{name}</source>
        <translation>argitalpena ez dago jada @{name} kanalean</translation>
    </message>
</context>
<context>
    <name>BroadcastModels</name>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="103" />
        <source>When</source>
        <translation>Noiz</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="103" />
        <source>Topics</source>
        <translation>Gaiak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="104" />
        <source>Languages</source>
        <translation>Hizkuntzak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="104" />
        <source>State</source>
        <translation>Egoera</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="105" />
        <source>Progress</source>
        <translation>Aurrerapena</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="105" />
        <source>Sent</source>
        <translation>Bidaliak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="106" />
        <source>Failed</source>
        <translation>Huts egindakoak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="106" />
        <source>Text</source>
        <translation>Testua</translation>
    </message>
</context>
<context>
    <name>BroadcastsWindow</name>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="49" />
        <source>deskclient — broadcasts</source>
        <translation>deskclient — zabalkundeak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="52" />
        <location filename="../../deskclient/ui/broadcast_report.py" line="369" />
        <source>&amp;New broadcast…</source>
        <translation>&amp;Zabalkunde berria…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="138" />
        <source>Subscribers: {0}</source>
        <translation>Harpidedunak: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="150" />
        <source>Waiting to be sent:</source>
        <translation>Bidaltzeko zain:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="150" />
        <source>Sent:</source>
        <translation>Bidaliak:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="151" />
        <source>Failed:</source>
        <translation>Huts egindakoak:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="152" />
        <source>Taken off the list along the way:</source>
        <translation>Bidalketan zehar zerrendatik kenduak:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="153" />
        <source>Left the list before their turn:</source>
        <translation>Beren txanda iritsi aurretik zerrendatik irten direnak:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="154" />
        <source>Not sent (cancelled):</source>
        <translation>Bidali gabeak (bertan behera utzia):</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="159" />
        <source>Why it failed</source>
        <translation>Hutsegitearen arrazoia</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="159" />
        <source>Subscribers</source>
        <translation>Harpidedunak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="160" />
        <source>Of them taken off the list</source>
        <translation>Horietatik zerrendatik kenduak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="169" />
        <source>Channel post</source>
        <translation>Kanaleko argitalpena</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="173" />
        <source>&amp;Edit the post…</source>
        <translation>&amp;Aldatu argitalpena…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="175" />
        <source>&amp;Delete the post…</source>
        <translation>&amp;Ezabatu argitalpena…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="185" />
        <source>Export &amp;CSV…</source>
        <translation>Esportatu &amp;CSVra…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="187" />
        <source>Cancel the broadcast…</source>
        <translation>Utzi bertan behera zabalkundea…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="207" />
        <source>No broadcast chosen.</source>
        <translation>Ez da zabalkunderik aukeratu.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="217" />
        <source>Broadcast {0}</source>
        <translation>{0} zabalkundea</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="219" />
        <source>waiting while an urgent broadcast goes first</source>
        <translation>zain, premiazko zabalkunde bat lehenago bidaltzen den bitartean</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="221" />
        <source>waiting for {0} to connect</source>
        <translation>{0} konektatu arte zain</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="223" />
        <source>to {0}</source>
        <translation>hartzaileak: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="223" />
        <source>no list</source>
        <translation>zerrendarik gabe</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="225" />
        <source>file {0}</source>
        <translation>{0} fitxategia</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="227" />
        <source>by {0}</source>
        <translation>egilea: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="261" />
        <source>edited {0}</source>
        <translation>aldatua: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="282" />
        <source>Broadcast {0} stored; the service sends it.</source>
        <translation>{0} zabalkundea gorde da; zerbitzuak bidaliko du.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="287" />
        <source>Export the broadcast's recipients</source>
        <translation>Esportatu zabalkundearen hartzaileak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="289" />
        <source>CSV files (*.csv)</source>
        <translation>CSV fitxategiak (*.csv)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="300" />
        <source>Exported to %1</source>
        <translation>Hona esportatuta: %1</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="306" />
        <source>Cancel the broadcast</source>
        <translation>Utzi bertan behera zabalkundea</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="307" />
        <source>Stop this broadcast? Whoever has not got it yet will not.</source>
        <translation>Zabalkunde hau gelditu nahi duzu? Oraindik jaso ez duenak ez du jasoko.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="318" />
        <source>Edit the channel post</source>
        <translation>Aldatu kanaleko argitalpena</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="319" />
        <source>The post's new text (**bold**, __italic__, [a link](https://…)):</source>
        <translation>Argitalpenaren testu berria (**lodia**, __etzana__, [esteka bat](https://…)):</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="333" />
        <source>Delete the channel post</source>
        <translation>Ezabatu kanaleko argitalpena</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="334" />
        <source>Delete this post from the channel, for everyone who follows it?</source>
        <translation>Argitalpen hau kanaletik ezabatu nahi duzu, jarraitzaile guztientzat?</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="364" />
        <source>&amp;Broadcasts</source>
        <translation>&amp;Zabalkundeak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="365" />
        <source>Broadcasts and &amp;channel posts…</source>
        <translation>Zabalkundeak eta &amp;kanaleko argitalpenak…</translation>
    </message>
</context>
<context>
    <name>CannedCompleter</name>
    <message>
        <location filename="../../deskclient/ui/canned_completer.py" line="79" />
        <source>Canned replies</source>
        <translation>Erantzun-ereduak</translation>
    </message>
</context>
<context>
    <name>CannedManager</name>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="33" />
        <location filename="../../deskclient/ui/canned_manager.py" line="42" />
        <source>Canned replies</source>
        <translation>Erantzun-ereduak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="44" />
        <source>&amp;New reply</source>
        <translation>Erantzun &amp;berria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="56" />
        <source>e.g. hours (agents type /hours)</source>
        <translation>adib. ordutegia (agenteek /ordutegia idazten dute)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="64" />
        <source>Text</source>
        <translation>Testua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="66" />
        <source>Insert:</source>
        <translation>Txertatu:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="69" />
        <source>Filled in with the {0} when an agent inserts the reply</source>
        <translation>Agente batek erantzuna txertatzean {0} jartzen da</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="81" />
        <source>&amp;Title:</source>
        <translation>&amp;Izenburua:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="82" />
        <source>&amp;Shortcut:</source>
        <translation>&amp;Lasterbidea:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="83" />
        <source>&amp;Language:</source>
        <translation>&amp;Hizkuntza:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="84" />
        <source>Te&amp;xt:</source>
        <translation>Te&amp;stua:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="87" />
        <source>&amp;Save</source>
        <translation>&amp;Gorde</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="90" />
        <source>Delete this &amp;language</source>
        <translation>Ezabatu &amp;hizkuntza hau</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="92" />
        <source>&amp;Delete reply…</source>
        <translation>&amp;Ezabatu erantzuna…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="118" />
        <source>citizen's name</source>
        <translation>herritarraren izena</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="118" />
        <source>ticket number</source>
        <translation>kontsulta-zenbakia</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="119" />
        <source>agent's name</source>
        <translation>agentearen izena</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="174" />
        <source>Written in: {0}</source>
        <translation>Hizkuntzak: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="175" />
        <source>Not saved yet.</source>
        <translation>Oraindik gorde gabe.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="190" />
        <source>Give the reply a title.</source>
        <translation>Jarri izenburu bat erantzunari.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="192" />
        <source>A shortcut is made of letters a–z, digits, - and _ (at most 40).</source>
        <translation>Lasterbide bat a–z letrek, zifrek, - eta _ ikurrek osatzen dute (gehienez 40).</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="195" />
        <source>/{0} is already the shortcut of “{1}”.</source>
        <translation>/{0} «{1}» erantzunaren lasterbidea da dagoeneko.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="197" />
        <source>There is already a reply called “{0}”.</source>
        <translation>Badago dagoeneko «{0}» izeneko erantzun bat.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="215" />
        <source>Write the text in one language at least.</source>
        <translation>Idatzi testua hizkuntza batean gutxienez.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="229" />
        <source>Saved.</source>
        <translation>Gordeta.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="247" />
        <source>Delete canned reply</source>
        <translation>Ezabatu erantzun-eredua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="248" />
        <source>Delete “{0}” in every language?</source>
        <translation>«{0}» hizkuntza guztietan ezabatu nahi duzu?</translation>
    </message>
</context>
<context>
    <name>CitizenCorrectionDialog</name>
    <message>
        <location filename="../../deskclient/ui/lead_dialogs.py" line="49" />
        <source>Correct the stored data</source>
        <translation>Zuzendu gordetako datuak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_dialogs.py" line="53" />
        <source>no phone stored</source>
        <translation>ez dago telefonorik gordeta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_dialogs.py" line="54" />
        <source>What the citizen asked to rectify. Each change is in the audit log (without the values).</source>
        <translation>Herritarrak zuzentzeko eskatu duena. Aldaketa bakoitza auditoria-erregistroan geratzen da (baliorik gabe).</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_dialogs.py" line="62" />
        <source>&amp;Name:</source>
        <translation>&amp;Izena:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_dialogs.py" line="63" />
        <source>&amp;Phone:</source>
        <translation>&amp;Telefonoa:</translation>
    </message>
</context>
<context>
    <name>CitizenLinks</name>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="21" />
        <source>Open a ticket of one of the two citizens first.</source>
        <translation>Ireki lehenik bi herritarretako baten tiketa.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="25" />
        <location filename="../../deskclient/ui/citizen_links.py" line="75" />
        <source>Link citizens</source>
        <translation>Lotu herritarrak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="26" />
        <source>The same person's ticket number on the other channel (e.g. 2026-000123):</source>
        <translation>Pertsona beraren tiket-zenbakia beste kanalean (adib. 2026-000123):</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="40" />
        <source>{0} and {1} are one person now: each one's panel shows the other's tickets and notes.</source>
        <translation>{0} eta {1} pertsona bera dira orain: bakoitzaren panelak bestearen tiketak eta oharrak erakusten ditu.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="48" />
        <source>Open a ticket of the citizen to unlink first.</source>
        <translation>Ireki lehenik lotura kendu nahi diozun herritarraren tiket bat.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="50" />
        <location filename="../../deskclient/ui/citizen_links.py" line="51" />
        <location filename="../../deskclient/ui/citizen_links.py" line="67" />
        <location filename="../../deskclient/ui/citizen_links.py" line="71" />
        <source>Unlink citizen</source>
        <translation>Kendu herritarraren lotura</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="52" />
        <source>This ticket's citizen is then a person of their own again: their panel shows only their own tickets and notes, and a data-subject request covers only them.</source>
        <translation>Tiket honetako herritarra berriro pertsona bereizia izango da: bere panelak bere tiketak eta oharrak baino ez ditu erakutsiko, eta interesdunaren eskubideen eskaera batek bera baino ez du hartuko.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="57" />
        <source>Unlink</source>
        <translation>Kendu lotura</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="70" />
        <source>{0} is a citizen of their own again.</source>
        <translation>{0} berriro herritar bereizia da.</translation>
    </message>
</context>
<context>
    <name>CitizenPanel</name>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="189" />
        <source>Earlier tickets</source>
        <translation>Aurreko kontsultak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="192" />
        <source>No earlier tickets.</source>
        <translation>Ez dago aurreko kontsultarik.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="193" />
        <location filename="../../deskclient/ui/citizen_panel.py" line="195" />
        <source>Notes</source>
        <translation>Oharrak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="196" />
        <source>No notes yet.</source>
        <translation>Oraindik ez dago oharrik.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="197" />
        <source>Add a &amp;note…</source>
        <translation>Gehitu &amp;oharra…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="207" />
        <source>&amp;Language:</source>
        <translation>&amp;Hizkuntza:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="290" />
        <source>WhatsApp:</source>
        <translation>WhatsApp:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="302" />
        <source>Same person as: {0}</source>
        <translation>Pertsona bera: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="291" />
        <source>Telegram:</source>
        <translation>Telegram:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="179" />
        <source>Phone:</source>
        <translation>Telefonoa:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="271" />
        <source>no public username</source>
        <translation>erabiltzaile-izen publikorik ez</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="276" />
        <source>Earlier tickets ({0})</source>
        <translation>Aurreko kontsultak ({0})</translation>
    </message>
</context>
<context>
    <name>CitizenTicketsModel</name>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="116" />
        <source>Read this ticket</source>
        <translation>Irakurri kontsulta hau</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="43" />
        <location filename="../../deskclient/ui/composer.py" line="146" />
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Idatzi erantzun bat… (Ktrl+Sartu: bidali)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="48" />
        <source>Internal &amp;note</source>
        <translation>&amp;Barne-oharra</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="50" />
        <location filename="../../deskclient/ui/composer.py" line="147" />
        <source>Reply to the citizen</source>
        <translation>Herritarrari erantzuna</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="51" />
        <source>&amp;Attach…</source>
        <translation>&amp;Erantsi…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="53" />
        <source>Canned &amp;replies</source>
        <translation>E&amp;rantzun-ereduak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="63" />
        <location filename="../../deskclient/ui/composer.py" line="150" />
        <source>Send</source>
        <translation>Bidali</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="92" />
        <source>&amp;Manage canned replies…</source>
        <translation>&amp;Kudeatu erantzun-ereduak…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="115" />
        <source>Attach files</source>
        <translation>Erantsi fitxategiak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="118" />
        <source>Accepted files ({0})</source>
        <translation>Onartutako fitxategiak ({0})</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="129" />
        <source>{0} cannot be read</source>
        <translation>Ezin da {0} irakurri</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="137" />
        <source>Not attached — {0}. Accepted: {1}.</source>
        <translation>Ez da erantsi — {0}. Onartuak: {1}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="145" />
        <source>Internal note for the team — never sent to the citizen</source>
        <translation>Taldearentzako barne-oharra — ez zaio inoiz herritarrari bidaltzen</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="147" />
        <source>Internal note</source>
        <translation>Barne-oharra</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="150" />
        <source>Add note</source>
        <translation>Gehitu oharra</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../deskclient/ui/crash.py" line="36" />
        <source>Something went wrong</source>
        <translation>Zerbaitek huts egin du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/crash.py" line="38" />
        <source>Copy the report</source>
        <translation>Kopiatu txostena</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/crash.py" line="40" />
        <source>Continue</source>
        <translation>Jarraitu</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/crash.py" line="44" />
        <source>deskclient hit an unexpected error and carried on. Please send this report to IT; it holds no message content.</source>
        <translation>deskclient-ek ustekabeko errore bat izan du, eta lanean jarraitu du. Bidali txosten hau Informatika-sailari; ez dauka inolako mezuren testurik.</translation>
    </message>
</context>
<context>
    <name>DatabasePasswordDialog</name>
    <message>
        <location filename="../../deskclient/ui/database_login.py" line="32" />
        <source>Database password</source>
        <translation>Datu-basearen pasahitza</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/database_login.py" line="33" />
        <source>The team database on {0} asks for the password of {1}.</source>
        <translation>{0} zerbitzariko taldearen datu-baseak {1} erabiltzailearen pasahitza eskatzen du.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/database_login.py" line="35" />
        <source>That password was not accepted. Try again.</source>
        <translation>Pasahitz hori ez da onartu. Saiatu berriro.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/database_login.py" line="39" />
        <source>Remember it on this computer</source>
        <translation>Gogoratu ordenagailu honetan</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../deskclient/ui/first_run.py" line="13" />
        <source>deskclient talks to Telegram as your service's own application. Your organisation registers it once: log in at &lt;a href='https://my.telegram.org'&gt;my.telegram.org&lt;/a&gt; with the service account's phone number, open &lt;i&gt;API development tools&lt;/i&gt;, create an application, and copy its &lt;b&gt;api_id&lt;/b&gt; and &lt;b&gt;api_hash&lt;/b&gt; here. IT can also put them in &lt;tt&gt;/etc/xdg/deskclient/config.toml&lt;/tt&gt; for every workstation.</source>
        <translation>deskclient-ek zure zerbitzuaren aplikazio gisa hitz egiten du Telegramekin. Zure erakundeak behin bakarrik erregistratzen du: hasi saioa &lt;a href='https://my.telegram.org'&gt;my.telegram.org&lt;/a&gt; gunean zerbitzuaren kontuko telefono-zenbakiarekin, ireki &lt;i&gt;API development tools&lt;/i&gt;, sortu aplikazio bat eta kopiatu hemen haren &lt;b&gt;api_id&lt;/b&gt; eta &lt;b&gt;api_hash&lt;/b&gt;. Informatika-sailak ere jar ditzake &lt;tt&gt;/etc/xdg/deskclient/config.toml&lt;/tt&gt; fitxategian lanpostu guztietarako.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/first_run.py" line="31" />
        <source>Welcome to deskclient</source>
        <translation>Ongi etorri deskclient-era</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/first_run.py" line="40" />
        <source>Save and log in</source>
        <translation>Gorde eta hasi saioa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/first_run.py" line="42" />
        <source>Try the demo first</source>
        <translation>Probatu lehenik demoa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/first_run.py" line="62" />
        <source>The api_id is a number, e.g. 1234567.</source>
        <translation>api_id zenbaki bat da; adibidez, 1234567.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/first_run.py" line="65" />
        <source>The api_hash is 32 letters and digits (0-9, a-f).</source>
        <translation>api_hash 32 letra eta zifraz osatuta dago (0-9, a-f).</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/first_run.py" line="70" />
        <source>Cannot save the settings: {0}</source>
        <translation>Ezin dira ezarpenak gorde: {0}</translation>
    </message>
</context>
<context>
    <name>ImagePreview</name>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="190" />
        <source>Zoom out</source>
        <translation>Txikiagotu</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="198" />
        <source>Zoom in</source>
        <translation>Handiagotu</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="201" />
        <source>Fit</source>
        <translation>Doitu</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="202" />
        <source>Fit to window (Ctrl+0)</source>
        <translation>Doitu leihora (Ktrl+0)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="205" />
        <source>Actual size (Ctrl+1)</source>
        <translation>Benetako tamaina (Ktrl+1)</translation>
    </message>
</context>
<context>
    <name>InlineMedia</name>
    <message>
        <location filename="../../deskclient/ui/bubble_media.py" line="185" />
        <source>Voice note: Space plays it</source>
        <translation>Ahots-oharra: zuriune-teklak erreproduzitzen du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/bubble_media.py" line="186" />
        <source>Voice note playing: Space pauses it</source>
        <translation>Ahots-oharra erreproduzitzen: zuriune-teklak pausatzen du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/bubble_media.py" line="187" />
        <source>Voice note paused: Space plays it</source>
        <translation>Ahots-oharra pausatuta: zuriune-teklak erreproduzitzen du</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="19" />
        <source>open</source>
        <translation>irekita</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="20" />
        <source>closing</source>
        <translation>ixten</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="21" />
        <source>closed</source>
        <translation>itxita</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="25" />
        <source>offline</source>
        <translation>konexiorik gabe</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="26" />
        <source>connecting</source>
        <translation>konektatzen</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="27" />
        <source>logged out</source>
        <translation>saioa itxita</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="28" />
        <source>online</source>
        <translation>linean</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="32" />
        <source>agent</source>
        <translation>agentea</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="33" />
        <source>lead</source>
        <translation>koordinazioa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="37" />
        <source>tickets</source>
        <translation>kontsultak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="38" />
        <source>files</source>
        <translation>fitxategiak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="39" />
        <source>compacting</source>
        <translation>trinkotzen</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="40" />
        <source>done</source>
        <translation>eginda</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="44" />
        <source>IMAGE</source>
        <translation>IRUDIA</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="45" />
        <source>AUDIO</source>
        <translation>AUDIOA</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="46" />
        <source>VIDEO</source>
        <translation>BIDEOA</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="47" />
        <source>OTHER</source>
        <translation>BESTELAKOA</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="48" />
        <source>STICKER</source>
        <translation>ERANSKAILUA</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="54" />
        <source>logged in to the desk</source>
        <translation>deskclient-en saioa hasi du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="55" />
        <source>logged in to Telegram</source>
        <translation>Telegramen saioa hasi du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="56" />
        <source>logged out of Telegram</source>
        <translation>Telegrameko saioa itxi du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="57" />
        <source>changed a person's role</source>
        <translation>pertsona baten rola aldatu du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="58" />
        <source>claimed a ticket</source>
        <translation>kontsulta bat bere gain hartu du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="59" />
        <source>assigned a ticket</source>
        <translation>kontsulta bat esleitu du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="60" />
        <source>claim or assignment refused</source>
        <translation>esleipena ukatu da</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="61" />
        <source>set a category</source>
        <translation>kategoria bat ezarri du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="62" />
        <source>closed a ticket</source>
        <translation>kontsulta bat itxi du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="63" />
        <source>reopened a ticket</source>
        <translation>kontsulta bat berrireki du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="64" />
        <source>read a closed ticket</source>
        <translation>itxitako kontsulta bat irakurri du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="65" />
        <source>edited a sent message</source>
        <translation>bidalitako mezu bat aldatu du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="66" />
        <source>deleted a sent message</source>
        <translation>bidalitako mezu bat ezabatu du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="67" />
        <source>changed a refused message</source>
        <translation>baztertutako mezu bat aldatu du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="68" />
        <source>created a canned reply</source>
        <translation>erantzun-eredu bat sortu du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="69" />
        <source>edited a canned reply</source>
        <translation>erantzun-eredu bat aldatu du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="70" />
        <source>deleted a canned reply</source>
        <translation>erantzun-eredu bat ezabatu du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="71" />
        <source>lead action refused</source>
        <translation>koordinazio-ekintza ukatu da</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="72" />
        <source>searched the conversations</source>
        <translation>elkarrizketetan bilatu du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="73" />
        <source>opened a transcript</source>
        <translation>transkripzio bat ireki du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="74" />
        <source>exported transcripts</source>
        <translation>transkripzioak esportatu ditu</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="75" />
        <source>viewed the statistics</source>
        <translation>estatistikak kontsultatu ditu</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="76" />
        <source>exported the statistics</source>
        <translation>estatistikak esportatu ditu</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="77" />
        <source>viewed the audit log</source>
        <translation>auditoria-erregistroa kontsultatu du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="78" />
        <source>exported the audit log</source>
        <translation>auditoria-erregistroa esportatu du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="79" />
        <source>looked up citizens</source>
        <translation>herritarrak bilatu ditu</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="80" />
        <source>exported a citizen's data</source>
        <translation>herritar baten datuak esportatu ditu</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="81" />
        <source>corrected a citizen's data</source>
        <translation>herritar baten datuak zuzendu ditu</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="82" />
        <source>erased a citizen's data</source>
        <translation>herritar baten datuak ezabatu ditu</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="83" />
        <source>linked two citizens as one person</source>
        <translation>bi herritar pertsona bera bezala lotu zituen</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="84" />
        <source>unlinked a citizen from the same person</source>
        <translation>herritar bati pertsona berarekiko lotura kendu dio</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="85" />
        <source>erased the citizens linked to a citizen</source>
        <translation>herritar bati lotutako herritarrak ezabatu ditu</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="86" />
        <source>put a ticket on legal hold</source>
        <translation>kontsulta bat atxikipen legalean jarri du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="87" />
        <source>released a legal hold</source>
        <translation>atxikipen legal bat kendu du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="88" />
        <source>previewed the purge</source>
        <translation>garbiketaren aurrebista ikusi du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="89" />
        <source>purged old conversations</source>
        <translation>elkarrizketa zaharrak garbitu ditu</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="90" />
        <source>left a group</source>
        <translation>talde batetik irten da</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="91" />
        <source>corrected a citizen's language</source>
        <translation>herritar baten hizkuntza zuzendu du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="92" />
        <source>citizen chose a category</source>
        <translation>herritarrak kategoria bat aukeratu du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="93" />
        <source>deleted a chat on Telegram</source>
        <translation>txat bat ezabatu du Telegramen</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="94" />
        <source>chat deletion refused by Telegram</source>
        <translation>Telegramek ez du txata ezabatu</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="95" />
        <source>created a broadcast</source>
        <translation>zabalkunde bat sortu du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="96" />
        <source>cancelled a broadcast</source>
        <translation>zabalkunde bat bertan behera utzi du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="97" />
        <source>posted to a channel</source>
        <translation>kanal batean argitaratu du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="98" />
        <source>channel post refused by Telegram</source>
        <translation>Telegramek kanaleko argitalpena baztertu du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="99" />
        <source>edited a channel post</source>
        <translation>kanaleko argitalpen bat aldatu du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="100" />
        <source>deleted a channel post</source>
        <translation>kanaleko argitalpen bat ezabatu du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="105" />
        <source>(no category)</source>
        <translation>(kategoriarik gabe)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="106" />
        <source>(unassigned)</source>
        <translation>(esleitu gabe)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="148" />
        <source>files of type .{ext} are not accepted</source>
        <translation>.{ext} motako fitxategiak ez dira onartzen</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="150" />
        <source>{size} is over the {limit} limit</source>
        <translation>{size} ditu, eta muga {limit} da</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="151" />
        <source>the file is empty</source>
        <translation>fitxategia hutsik dago</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="152" />
        <source>the file is over the size limit</source>
        <translation>fitxategiak gehieneko tamaina gainditzen du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="154" />
        <source>the content is not {expected}</source>
        <translation>edukia ez da {expected}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="156" />
        <source>the content is {found}, not {expected}</source>
        <translation>edukia {found} da, ez {expected}</translation>
    </message>
</context>
<context>
    <name>LeadAuditTab</name>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="35" />
        <source>any agent</source>
        <translation>edozein agente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="41" />
        <source>Agent</source>
        <translation>Agentea</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="42" />
        <source>Action</source>
        <translation>Ekintza</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="43" />
        <source>Audit events from</source>
        <translation>Auditoria-erregistroa, noiztik</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="44" />
        <source>Audit events to</source>
        <translation>Auditoria-erregistroa, noiz arte</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="45" />
        <source>Show</source>
        <translation>Erakutsi</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="47" />
        <source>Export CSV</source>
        <translation>Esportatu CSVra</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="50" />
        <source>action</source>
        <translation>ekintza</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="50" />
        <source>from</source>
        <translation>noiztik:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="51" />
        <source>to</source>
        <translation>noiz arte:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="57" />
        <source>Audit log</source>
        <translation>Auditoria-erregistroa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="76" />
        <source>any action</source>
        <translation>edozein ekintza</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="96" />
        <source>Exported to %1</source>
        <translation>Hona esportatuta: %1</translation>
    </message>
</context>
<context>
    <name>LeadModels</name>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="104" />
        <source>Time</source>
        <translation>Ordua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="104" />
        <location filename="../../deskclient/ui/lead_models.py" line="155" />
        <location filename="../../deskclient/ui/lead_models.py" line="209" />
        <source>Ticket</source>
        <translation>Kontsulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="105" />
        <location filename="../../deskclient/ui/lead_models.py" line="156" />
        <source>Citizen</source>
        <translation>Herritarra</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="105" />
        <source>From</source>
        <translation>Nork</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="106" />
        <location filename="../../deskclient/ui/lead_models.py" line="157" />
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="106" />
        <source>Text</source>
        <translation>Testua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="155" />
        <source>Opened</source>
        <translation>Irekiera</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="156" />
        <source>Closed</source>
        <translation>Itxiera</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="157" />
        <location filename="../../deskclient/ui/lead_models.py" line="209" />
        <source>Agent</source>
        <translation>Agentea</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="158" />
        <source>Status</source>
        <translation>Egoera</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="158" />
        <source>SLA</source>
        <translation>Epea</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="159" />
        <source>Legal hold</source>
        <translation>Atxikipen legala</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="208" />
        <source>When</source>
        <translation>Noiz</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="208" />
        <source>Action</source>
        <translation>Ekintza</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="210" />
        <source>Detail</source>
        <translation>Xehetasuna</translation>
    </message>
</context>
<context>
    <name>LeadRetentionTab</name>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="32" />
        <source>Conversations are kept %1 months after a ticket closes, then purged for good (database, files, thumbnails, exports, logs, the Telegram session's cache). Tickets on legal hold are kept.</source>
        <translation>Elkarrizketak %1 hilabetez gordetzen dira kontsulta itxi ondoren, eta gero behin betiko ezabatzen dira (datu-basea, fitxategiak, miniaturak, esportazioak, erregistroak eta Telegram saioaren cachea). Atxikipen legalean dauden kontsultak gorde egiten dira.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="36" />
        <source>&amp;Preview the purge</source>
        <translation>Garbiketaren &amp;aurrebista</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="39" />
        <source>The service purges daily at %1 (%2 time); each purge is in the audit log.</source>
        <translation>Zerbitzuak egunero egiten du garbiketa (%1, %2 ordua); garbiketa bakoitza auditoria-erregistroan jasotzen da.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="43" />
        <source>P&amp;urge now…</source>
        <translation>&amp;Garbitu orain…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="55" />
        <source>name, phone or Telegram/WhatsApp id</source>
        <translation>izena, telefonoa edo Telegram/WhatsApp IDa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="58" />
        <source>Citizens found</source>
        <translation>Aurkitutako herritarrak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="60" />
        <source>Export everything (ZIP)</source>
        <translation>Esportatu dena (ZIP)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="61" />
        <source>Correct name or phone…</source>
        <translation>Zuzendu izena edo telefonoa…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="62" />
        <source>Erase now…</source>
        <translation>Ezabatu orain…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="74" />
        <source>Citizens' requests:</source>
        <translation>Herritarren eskaerak:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="81" />
        <source>Purge</source>
        <translation>Garbiketa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="82" />
        <source>Delete for good every conversation past the retention period? This cannot be undone.</source>
        <translation>Kontserbazio-epea gainditu duten elkarrizketa guztiak behin betiko ezabatu nahi dituzu? Ezin da desegin.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="84" />
        <source>Purge now</source>
        <translation>Garbitu orain</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="123" />
        <source>Exported to %1</source>
        <translation>Hona esportatuta: %1</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="138" />
        <source>Corrected: %1</source>
        <translation>Zuzenduta: %1</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="138" />
        <source>nothing</source>
        <translation>ezer ez</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="145" />
        <source>Erase</source>
        <translation>Ezabatu</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="146" />
        <source>Erase everything held about this citizen (and about the citizens linked to them as the same person), now and for good? This cannot be undone.</source>
        <translation>Herritar honi (eta pertsona bera bezala harekin lotutako herritarrei) buruz gordetako guztia ezabatu nahi duzu, orain eta behin betiko? Ezin da desegin.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="149" />
        <source>Erase now</source>
        <translation>Ezabatu orain</translation>
    </message>
</context>
<context>
    <name>LeadStatisticsTab</name>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="21" />
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="28" />
        <source>Tickets opened from</source>
        <translation>Irekitako kontsultak, noiztik:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="22" />
        <source>Tickets opened to</source>
        <translation>Irekitako kontsultak, noiz arte</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="23" />
        <source>Show</source>
        <translation>Erakutsi</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="25" />
        <source>Export CSV</source>
        <translation>Esportatu CSVra</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="28" />
        <source>to</source>
        <translation>noiz arte:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="34" />
        <source>Statistics table</source>
        <translation>Estatistiken taula</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="36" />
        <source>Statistics</source>
        <translation>Estatistikak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="37" />
        <source>Charts</source>
        <translation>Grafikoak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="38" />
        <source>Table</source>
        <translation>Taula</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="52" />
        <source>Exported to %1</source>
        <translation>Hona esportatuta: %1</translation>
    </message>
</context>
<context>
    <name>LeadWindow</name>
    <message>
        <location filename="../../deskclient/ui/lead_dates.py" line="19" />
        <source>any</source>
        <translation>edozein</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="135" />
        <location filename="../../deskclient/ui/stats_charts.py" line="72" />
        <source>SLA met</source>
        <translation>Epea bete da</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="72" />
        <source>deskclient — team lead</source>
        <translation>deskclient — koordinazioa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="75" />
        <source>&amp;Log review</source>
        <translation>&amp;Elkarrizketen berrikuspena</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="76" />
        <source>&amp;Statistics</source>
        <translation>E&amp;statistikak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="77" />
        <source>&amp;Audit log</source>
        <translation>&amp;Auditoria-erregistroa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="78" />
        <source>&amp;Retention and citizens</source>
        <translation>&amp;Kontserbazioa eta herritarrak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="79" />
        <source>Sections</source>
        <translation>Atalak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="119" />
        <source>Words, prefix*, "a phrase" (accents and case ignored)</source>
        <translation>Hitzak, aurrizkia*, "esaldi bat" (azentuak eta maiuskulak kontuan hartu gabe)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="122" />
        <source>any agent</source>
        <translation>edozein agente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="126" />
        <source>any category</source>
        <translation>edozein kategoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="130" />
        <source>any status</source>
        <translation>edozein egoera</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="134" />
        <source>any SLA</source>
        <translation>edozein epe</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="134" />
        <source>SLA breached</source>
        <translation>Epea gainditua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="138" />
        <location filename="../../deskclient/ui/lead_window.py" line="143" />
        <source>citizen name or phone</source>
        <translation>herritarraren izena edo telefonoa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="141" />
        <source>Words to search</source>
        <translation>Bilatzeko hitzak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="141" />
        <source>Agent</source>
        <translation>Agentea</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="142" />
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="142" />
        <source>Status</source>
        <translation>Egoera</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="143" />
        <source>SLA</source>
        <translation>Epea</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="145" />
        <source>on legal hold</source>
        <translation>atxikipen legalean</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="147" />
        <source>Opened from</source>
        <translation>Irekiak, noiztik</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="148" />
        <source>Opened to</source>
        <translation>Irekiak, noiz arte</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="149" />
        <source>Search</source>
        <translation>Bilatu</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="153" />
        <source>opened from</source>
        <translation>irekiak, noiztik:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="153" />
        <source>to</source>
        <translation>noiz arte:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="166" />
        <source>Messages found</source>
        <translation>Aurkitutako mezuak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="167" />
        <source>Tickets found</source>
        <translation>Aurkitutako kontsultak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="173" />
        <source>Transcript</source>
        <translation>Transkripzioa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="176" />
        <source>Open &amp;transcript</source>
        <translation>Ireki &amp;transkripzioa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="177" />
        <source>Export &amp;PDF</source>
        <translation>Esportatu &amp;PDFra</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="178" />
        <source>Export &amp;CSV</source>
        <translation>Esportatu &amp;CSVra</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="179" />
        <source>Legal &amp;hold…</source>
        <translation>Atxikipen &amp;legala…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="180" />
        <source>&amp;Release hold</source>
        <translation>K&amp;endu atxikipena</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskclient/ui/lead_window.py" line="282" />
        <source>%n message(s) shown</source>
        <translation><numerusform>%n mezu erakusten da</numerusform><numerusform>%n mezu erakusten dira</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskclient/ui/lead_window.py" line="288" />
        <source>more than %n ticket(s)</source>
        <translation><numerusform>%n kontsulta baino gehiago</numerusform><numerusform>%n kontsulta baino gehiago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskclient/ui/lead_window.py" line="290" />
        <source>%n ticket(s)</source>
        <translation><numerusform>%n kontsulta</numerusform><numerusform>%n kontsulta</numerusform></translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="321" />
        <source>Select the tickets to export.</source>
        <translation>Hautatu esportatu nahi dituzun kontsultak.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="327" />
        <source>Exported to %1</source>
        <translation>Hona esportatuta: %1</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="338" />
        <source>Legal hold</source>
        <translation>Atxikipen legala</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="339" />
        <source>Why is this ticket kept beyond the retention period?</source>
        <translation>Zergatik gorde behar da kontsulta hau kontserbazio-epetik haratago?</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="345" />
        <source>The ticket is on legal hold.</source>
        <translation>Kontsulta atxikipen legalean dago.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="355" />
        <source>The legal hold was released.</source>
        <translation>Atxikipen legala kendu da.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="397" />
        <source>&amp;Link citizens…</source>
        <translation>&amp;Lotu herritarrak…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="399" />
        <source>&amp;Unlink citizen…</source>
        <translation>&amp;Kendu herritarraren lotura…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="394" />
        <source>&amp;Canned replies…</source>
        <translation>E&amp;rantzun-ereduak…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="376" />
        <source>&amp;Team lead…</source>
        <translation>&amp;Koordinazio-tresnak…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="390" />
        <source>&amp;Lead</source>
        <translation>Koor&amp;dinazioa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="69" />
        <source>Tickets</source>
        <translation>Kontsultak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="69" />
        <source>Answered</source>
        <translation>Erantzunak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="70" />
        <source>First response median</source>
        <translation>Lehen erantzunaren mediana</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="70" />
        <location filename="../../deskclient/ui/stats_charts.py" line="71" />
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="71" />
        <source>Service-hours median</source>
        <translation>Mediana zerbitzu-orduetan</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="88" />
        <source>Response times in minutes (wall clock, or counting service hours only).</source>
        <translation>Erantzun-denborak minututan (denbora erreala, edo zerbitzu-ordutegia soilik kontuan hartuta).</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="89" />
        <source>Per week</source>
        <translation>Asteka</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="89" />
        <source>Per day</source>
        <translation>Egunka</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="91" />
        <source>All tickets</source>
        <translation>Kontsulta guztiak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="91" />
        <source>all</source>
        <translation>guztiak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="92" />
        <source>By category</source>
        <translation>Kategoriaka</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="93" />
        <source>By agent</source>
        <translation>Agenteka</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="24" />
        <source>On a phone already logged in to the service account: Telegram → Settings → Devices → Link Desktop Device, then point the camera at this code.</source>
        <translation>Zerbitzuaren kontuarekin saioa hasita duen telefono batean: Telegram → Ezarpenak → Gailuak → Lotu mahaigaineko gailua; ondoren, zuzendu kamera kode honetara.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="45" />
        <source>Log in to Telegram</source>
        <translation>Hasi saioa Telegramen</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="51" />
        <source>Send code</source>
        <translation>Bidali kodea</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="53" />
        <location filename="../../deskclient/ui/login_dialog.py" line="56" />
        <location filename="../../deskclient/ui/login_dialog.py" line="60" />
        <source>Log in</source>
        <translation>Hasi saioa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="58" />
        <source>Show a new code</source>
        <translation>Erakutsi kode berri bat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="65" />
        <source>The service account's phone number, with its country code:</source>
        <translation>Zerbitzuaren kontuko telefono-zenbakia, herrialdearen aurrezenbakiarekin:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="67" />
        <source>The code Telegram has just sent to that account:</source>
        <translation>Telegramek kontu horretara bidali berri duen kodea:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="69" />
        <source>This account has two-step verification. Its password:</source>
        <translation>Kontu honek bi urratseko egiaztapena du. Haren pasahitza:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="72" />
        <source>A bot token from @BotFather:</source>
        <translation>@BotFather-ek emandako bot-token bat:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="75" />
        <source>Phone number</source>
        <translation>Telefono-zenbakia</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="76" />
        <source>QR code</source>
        <translation>QR kodea</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="77" />
        <source>Bot token</source>
        <translation>Bot-tokena</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="121" />
        <source>Hint: {0}</source>
        <translation>Pista: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="58" />
        <source>deskclient — DEMO network</source>
        <translation>deskclient — DEMO sarea</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="116" />
        <source>DEMO — simulated citizens on a simulated Telegram; nothing leaves this computer</source>
        <translation>DEMOA — herritar simulatuak Telegram simulatu batean; ezer ez da ordenagailu honetatik ateratzen</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="131" />
        <source>&amp;Ticket</source>
        <translation>&amp;Kontsulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="131" />
        <source>&amp;View</source>
        <translation>&amp;Ikusi</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="131" />
        <source>&amp;Account</source>
        <translation>K&amp;ontua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="133" />
        <source>&amp;Next ticket</source>
        <translation>&amp;Hurrengo kontsulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="134" />
        <source>&amp;Reply</source>
        <translation>&amp;Erantzun</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="136" />
        <source>&amp;Send</source>
        <translation>&amp;Bidali</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="137" />
        <source>C&amp;laim</source>
        <translation>&amp;Neuretzat hartu</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="138" />
        <source>&amp;Close ticket…</source>
        <translation>&amp;Itxi kontsulta…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="139" />
        <source>Re&amp;open</source>
        <translation>Be&amp;rrireki</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="140" />
        <source>Internal &amp;note</source>
        <translation>&amp;Barne-oharra</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="141" />
        <source>&amp;Attach files…</source>
        <translation>Erantsi &amp;fitxategiak…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="142" />
        <source>&amp;Search</source>
        <translation>&amp;Bilatu</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="143" />
        <source>&amp;Mine</source>
        <translation>&amp;Nireak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="144" />
        <source>&amp;Unassigned</source>
        <translation>&amp;Esleitu gabeak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="145" />
        <source>C&amp;losing</source>
        <translation>I&amp;xten</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="146" />
        <source>Clos&amp;ed</source>
        <translation>I&amp;txiak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="147" />
        <source>&amp;All</source>
        <translation>&amp;Guztiak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="150" />
        <source>&amp;Log in to Telegram…</source>
        <translation>&amp;Hasi saioa Telegramen…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="151" />
        <source>Log &amp;out of Telegram…</source>
        <translation>Itxi &amp;saioa Telegramen…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="342" />
        <source>{0} (access token refused: see deskclient doctor)</source>
        <translation>{0} (sarbide-tokena baztertu da: ikus deskclient doctor)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="343" />
        <source>{0}; WhatsApp logged out (access token refused: see deskclient doctor)</source>
        <translation>{0}; WhatsApp saioa itxita (sarbide-tokena baztertu da: ikus deskclient doctor)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="395" />
        <source>Log out of Telegram</source>
        <translation>Itxi saioa Telegramen</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="396" />
        <source>Log the service account out of Telegram on this computer? Citizens' messages are not received until someone logs in again with a code sent to the account's phone.</source>
        <translation>Zerbitzuaren kontuaren Telegrameko saioa itxi nahi duzu ordenagailu honetan? Herritarren mezuak ez dira jasoko norbaitek berriro saioa hasi arte, kontuaren telefonora bidalitako kode batekin.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="398" />
        <source>Log out</source>
        <translation>Itxi saioa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="344" />
        <source>service: {0}</source>
        <translation>zerbitzua: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="361" />
        <source>Telegram asked us to wait: sending resumes in {0} s</source>
        <translation>Telegramek itxaroteko eskatu du: bidalketak {0} s barru jarraituko du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="387" />
        <source>Logged in as {0}</source>
        <translation>Saioa hasita: {0}</translation>
    </message>
</context>
<context>
    <name>MediaPreview</name>
    <message>
        <location filename="../../deskclient/ui/previews/media.py" line="93" />
        <location filename="../../deskclient/ui/previews/media.py" line="195" />
        <source>Play</source>
        <translation>Erreproduzitu</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/media.py" line="192" />
        <source>Pause</source>
        <translation>Pausatu</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="109" />
        <source>&amp;Copy selection</source>
        <translation>&amp;Kopiatu hautapena</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="109" />
        <source>&amp;Copy text</source>
        <translation>&amp;Kopiatu testua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="113" />
        <source>Copy &amp;link</source>
        <translation>Kopiatu &amp;esteka</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="116" />
        <source>&amp;Open {0}</source>
        <translation>&amp;Ireki {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="119" />
        <source>Send a&amp;gain</source>
        <translation>Bidali &amp;berriro</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="122" />
        <source>&amp;Reply quoting this message</source>
        <translation>&amp;Erantzun mezu hau aipatuz</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="125" />
        <source>&amp;Edit…</source>
        <translation>&amp;Aldatu…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="126" />
        <source>&amp;Delete for the citizen too…</source>
        <translation>&amp;Ezabatu herritarrarentzat ere…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="130" />
        <source>&amp;Edit and send again…</source>
        <translation>&amp;Aldatu eta bidali berriro…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="133" />
        <source>Show &amp;earlier text</source>
        <translation>Erakutsi &amp;aurreko testua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="161" />
        <source>automatic message</source>
        <translation>mezu automatikoa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="171" />
        <source>Edit message</source>
        <translation>Aldatu mezua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="172" />
        <source>The citizen sees the new text in place, marked “edited”:</source>
        <translation>Herritarrak testu berria ikusiko du bere lekuan, «aldatua» markarekin:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="185" />
        <source>Delete message</source>
        <translation>Ezabatu mezua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="186" />
        <source>Delete this message for {0} too? The ticket's record keeps it, marked deleted.</source>
        <translation>Mezu hau {0}(r)entzat ere ezabatu nahi duzu? Kontsultaren erregistroak gorde egiten du, ezabatu gisa markatuta.</translation>
    </message>
</context>
<context>
    <name>MessageHitsModel</name>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="134" />
        <source>automatic</source>
        <translation>automatikoa</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../deskclient/ui/tray.py" line="44" />
        <source>New ticket</source>
        <translation>Kontsulta berria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/tray.py" line="46" />
        <source>New tickets</source>
        <translation>Kontsulta berriak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/tray.py" line="46" />
        <source>{0} new tickets</source>
        <translation>{0} kontsulta berri</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/tray.py" line="55" />
        <source>New message</source>
        <translation>Mezu berria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/tray.py" line="55" />
        <source>{0} wrote on {1}</source>
        <translation>{0}(e)k {1} kontsultan idatzi du</translation>
    </message>
</context>
<context>
    <name>OtherPreview</name>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="310" />
        <source>There is no preview for this type of file.</source>
        <translation>Ez dago aurrebistarik fitxategi mota honetarako.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="311" />
        <source>Use Save as… to keep a copy, or Open with… to open it in another program.</source>
        <translation>Erabili «Gorde honela…» kopia bat gordetzeko, edo «Ireki honekin…» beste programa batekin irekitzeko.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="60" />
        <source>Previous page</source>
        <translation>Aurreko orria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="65" />
        <source>Page</source>
        <translation>Orria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="68" />
        <location filename="../../deskclient/ui/previews/pdf.py" line="124" />
        <source>of {0}</source>
        <translation>/ {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="73" />
        <source>Next page</source>
        <translation>Hurrengo orria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="76" />
        <source>Zoom out</source>
        <translation>Txikiagotu</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="79" />
        <source>Zoom in</source>
        <translation>Handiagotu</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="82" />
        <source>Fit width</source>
        <translation>Doitu zabalerara</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="83" />
        <source>Fit the page width to the window (Ctrl+0)</source>
        <translation>Doitu orriaren zabalera leihora (Ktrl+0)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="88" />
        <source>Find in document…</source>
        <translation>Bilatu dokumentuan…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="99" />
        <source>Find</source>
        <translation>Bilatu</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="105" />
        <source>Next match</source>
        <translation>Hurrengo bat-etortzea</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="108" />
        <source>Previous match</source>
        <translation>Aurreko bat-etortzea</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="118" />
        <source>This PDF is protected by a password and cannot be shown.</source>
        <translation>PDF hau pasahitz batez babestuta dago, eta ezin da erakutsi.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="122" />
        <source>This PDF is damaged or incomplete and cannot be shown.</source>
        <translation>PDF hau hondatuta edo osatu gabe dago, eta ezin da erakutsi.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="231" />
        <source>No matches</source>
        <translation>Ez dago bat-etortzerik</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="233" />
        <source>1 match</source>
        <translation>Bat-etortze 1</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="233" />
        <source>{0} matches</source>
        <translation>{0} bat-etortze</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="160" />
        <location filename="../../deskclient/ui/previews/base.py" line="161" />
        <source>Save as…</source>
        <translation>Gorde honela…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="162" />
        <source>Save a copy of this file</source>
        <translation>Gorde fitxategi honen kopia bat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="164" />
        <location filename="../../deskclient/ui/previews/base.py" line="165" />
        <source>Open with…</source>
        <translation>Ireki honekin…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="166" />
        <source>Open this file in another program</source>
        <translation>Ireki fitxategi hau beste programa batekin</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="222" />
        <source>Turned off: this file may be unsafe to open in another program</source>
        <translation>Desaktibatuta: baliteke fitxategi hau beste programa batekin irekitzea segurua ez izatea</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="260" />
        <source>Save a copy as</source>
        <translation>Gorde kopia honela</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="271" />
        <source>the destination cannot be written</source>
        <translation>ezin da helburuan idatzi</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="272" />
        <source>The copy was not saved: {0}.</source>
        <translation>Ez da kopia gorde: {0}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="284" />
        <source>No program on this computer opens this type of file. Use Save as… to keep a copy.</source>
        <translation>Ordenagailu honetako programa batek ere ez du fitxategi mota hau irekitzen. Erabili «Gorde honela…» kopia bat gordetzeko.</translation>
    </message>
</context>
<context>
    <name>Previews</name>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="37" />
        <location filename="../../deskclient/ui/previews/pdf.py" line="115" />
        <source>a PDF document</source>
        <translation>PDF dokumentu bat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="38" />
        <location filename="../../deskclient/ui/previews/image.py" line="27" />
        <source>a JPEG image</source>
        <translation>JPEG irudi bat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="39" />
        <location filename="../../deskclient/ui/previews/image.py" line="28" />
        <source>a PNG image</source>
        <translation>PNG irudi bat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="40" />
        <location filename="../../deskclient/ui/previews/image.py" line="29" />
        <source>a BMP image</source>
        <translation>BMP irudi bat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="41" />
        <location filename="../../deskclient/ui/previews/media.py" line="208" />
        <source>an Ogg audio file</source>
        <translation>Ogg audio-fitxategi bat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="42" />
        <location filename="../../deskclient/ui/previews/media.py" line="215" />
        <source>an MP4 video</source>
        <translation>MP4 bideo bat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="43" />
        <source>a ZIP archive</source>
        <translation>ZIP artxibo bat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="44" />
        <source>a program</source>
        <translation>programa bat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="45" />
        <source>a text or XML file</source>
        <translation>testu- edo XML fitxategi bat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="74" />
        <location filename="../../deskclient/ui/previews/xml_preview.py" line="124" />
        <source>The file is missing or cannot be read.</source>
        <translation>Fitxategia ez dago edo ezin da irakurri.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="77" />
        <source>The file is empty.</source>
        <translation>Fitxategia hutsik dago.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="87" />
        <source>it looks like {0}</source>
        <translation>{0} dirudi</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="90" />
        <source>its content is not a format the viewer knows</source>
        <translation>edukiaren formatua ez du ikustaileak ezagutzen</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="91" />
        <source>This file is not {0} ({1}).</source>
        <translation>Fitxategi hau ez da {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="30" />
        <source>a WebP image</source>
        <translation>WebP irudi bat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="31" />
        <source>This image is damaged or incomplete and cannot be shown.</source>
        <translation>Irudi hau hondatuta edo osatu gabe dago, eta ezin da erakutsi.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="89" />
        <source>a JPEG, PNG or BMP image</source>
        <translation>JPEG, PNG edo BMP irudi bat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="104" />
        <source>The image is {0} × {1} pixels, too large to preview safely.</source>
        <translation>Irudiak {0} × {1} pixel ditu; handiegia da modu seguruan aurreikusteko.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/media.py" line="209" />
        <source>This audio file is damaged or in a format that cannot be played.</source>
        <translation>Audio-fitxategi hau hondatuta dago edo erreproduzitu ezin den formatu batean dago.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/media.py" line="216" />
        <source>This video is damaged or in a format that cannot be played.</source>
        <translation>Bideo hau hondatuta dago edo erreproduzitu ezin den formatu batean dago.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/xml_preview.py" line="119" />
        <source>an XML document</source>
        <translation>XML dokumentu bat</translation>
    </message>
</context>
<context>
    <name>PurgeIndicator</name>
    <message>
        <location filename="../../deskclient/ui/purge_indicator.py" line="13" />
        <location filename="../../deskclient/ui/purge_indicator.py" line="37" />
        <source>Retention purge</source>
        <translation>Iraungitzeagatiko garbiketa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_indicator.py" line="29" />
        <source>Retention purge done: tickets past the retention period deleted: {0}</source>
        <translation>Iraungitzeagatiko garbiketa amaituta: kontserbazio-epea gainditu eta ezabatutako kontsultak: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_indicator.py" line="40" />
        <source>%v of %m tickets</source>
        <translation>%v / %m kontsulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_indicator.py" line="42" />
        <source>Retention purge: tidying up</source>
        <translation>Iraungitzeagatiko garbiketa: fitxategiak garbitzen</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_indicator.py" line="43" />
        <source>Retention purge: compacting the database</source>
        <translation>Iraungitzeagatiko garbiketa: datu-basea trinkotzen</translation>
    </message>
</context>
<context>
    <name>PurgeReport</name>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="18" />
        <source>tickets</source>
        <translation>kontsultak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="19" />
        <source>messages</source>
        <translation>mezuak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="20" />
        <source>earlier texts of edited messages</source>
        <translation>mezu aldatuen aurreko testuak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="21" />
        <source>attachments</source>
        <translation>eranskinak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="22" />
        <source>citizens</source>
        <translation>herritarrak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="23" />
        <source>files</source>
        <translation>fitxategiak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="24" />
        <source>thumbnails</source>
        <translation>miniaturak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="25" />
        <source>exports</source>
        <translation>esportazioak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="26" />
        <source>log files</source>
        <translation>erregistro-fitxategiak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="27" />
        <source>contacts in the Telegram session</source>
        <translation>Telegram saioko kontaktuak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="28" />
        <source>chat histories on Telegram</source>
        <translation>Telegrameko txat-historiak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="29" />
        <source>copies of the database made before an upgrade</source>
        <translation>eguneratze baten aurretik egindako datu-basearen kopiak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="37" />
        <source>Erased:</source>
        <translation>Ezabatuta:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="39" />
        <source>Preview: the purge would delete what closed before {0}:</source>
        <translation>Aurrebista: garbiketak {0} baino lehen itxitakoa ezabatuko luke:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="42" />
        <source>Purged: deleted what closed before {0}:</source>
        <translation>Garbituta: {0} baino lehen itxitakoa ezabatu da:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="45" />
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="50" />
        <source>The tickets closed between {0} and {1}.</source>
        <translation>Kontsultak {0} eta {1} artean itxi ziren.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="53" />
        <source>Another workstation was purging the database: only this computer's files were purged.</source>
        <translation>Beste lanpostu bat datu-basea garbitzen ari zen: ordenagailu honetako fitxategiak bakarrik garbitu dira.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="56" />
        <source>Stopped early as the window closed; the next purge goes on.</source>
        <translation>Leihoa ixtean goiz gelditu da; hurrengo garbiketak jarraituko du.</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="17" />
        <source>Mine</source>
        <translation>Nireak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="18" />
        <source>Unassigned</source>
        <translation>Esleitu gabeak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="19" />
        <source>Closing</source>
        <translation>Ixten</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="20" />
        <source>Closed</source>
        <translation>Itxiak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="21" />
        <source>All</source>
        <translation>Guztiak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="48" />
        <source>Queue views</source>
        <translation>Ilararen ikuspegiak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="53" />
        <source>Search number or citizen…  (Ctrl+F)</source>
        <translation>Bilatu zenbakia edo herritarra…  (Ktrl+F)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="55" />
        <source>Search tickets</source>
        <translation>Bilatu kontsultak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="57" />
        <source>Clear search</source>
        <translation>Garbitu bilaketa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="59" />
        <source>Tickets</source>
        <translation>Kontsultak</translation>
    </message>
</context>
<context>
    <name>QuoteStrip</name>
    <message>
        <location filename="../../deskclient/ui/composer_parts.py" line="88" />
        <location filename="../../deskclient/ui/composer_parts.py" line="89" />
        <source>Do not quote</source>
        <translation>Ez aipatu</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer_parts.py" line="100" />
        <source>Replying to {0}: {1}</source>
        <translation>{0}(r)i erantzuten: {1}</translation>
    </message>
</context>
<context>
    <name>ReviewTicketsModel</name>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="192" />
        <source>breached</source>
        <translation>gainditua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="192" />
        <source>on time</source>
        <translation>garaiz</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="193" />
        <source>on hold</source>
        <translation>atxikita</translation>
    </message>
</context>
<context>
    <name>ShortcutList</name>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="16" />
        <source>In the reply: type / and a shortcut to insert a canned reply</source>
        <translation>Erantzunean: idatzi / eta lasterbide bat erantzun-eredu bat txertatzeko</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="17" />
        <source>In the search box: clear the search</source>
        <translation>Bilaketa-koadroan: garbitu bilaketa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="18" />
        <source>In the thread: copy the selected words, or the message</source>
        <translation>Elkarrizketan: kopiatu hautatutako hitzak, edo mezua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="19" />
        <source>In the thread: the message's actions (copy, reply, edit, delete)</source>
        <translation>Elkarrizketan: mezuaren ekintzak (kopiatu, erantzun, aldatu, ezabatu)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="20" />
        <source>In a file preview: close it</source>
        <translation>Fitxategi baten aurrebistan: itxi</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="21" />
        <source>In a voice note or a video: play or pause</source>
        <translation>Ahots-ohar edo bideo batean: erreproduzitu edo pausatu</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="33" />
        <source>Keyboard shortcuts</source>
        <translation>Teklatu-lasterbideak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="47" />
        <source>Keys</source>
        <translation>Teklak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="47" />
        <source>Does</source>
        <translation>Ekintza</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="68" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Teklatu-lasterbideak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="80" />
        <source>&amp;Help</source>
        <translation>&amp;Laguntza</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <location filename="../../deskclient/ui/startup.py" line="38" />
        <source>deskclient could not start because of an unexpected error ({0}). The log has the details for IT.</source>
        <translation>deskclient-ek ezin izan du abiarazi ustekabeko errore baten ondorioz ({0}). Erregistroak ditu xehetasunak Informatika-sailarentzat.</translation>
    </message>
</context>
<context>
    <name>StatisticsCharts</name>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="207" />
        <source>No tickets in this range</source>
        <translation>Ez dago kontsultarik tarte honetan</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="211" />
        <source>First response by category</source>
        <translation>Lehen erantzuna kategoriaka</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="212" />
        <source>First response by agent</source>
        <translation>Lehen erantzuna agenteka</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="213" />
        <source>SLA met by category</source>
        <translation>Epea betetzea kategoriaka</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="214" />
        <source>SLA met by agent</source>
        <translation>Epea betetzea agenteka</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="229" />
        <source>Tickets per day</source>
        <translation>Kontsultak eguneko</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="229" />
        <source>Day opened</source>
        <translation>Irekitze-eguna</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="231" />
        <source>Tickets per week</source>
        <translation>Kontsultak asteko</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="231" />
        <source>ISO week opened</source>
        <translation>Irekitze-astea (ISO)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="233" />
        <location filename="../../deskclient/ui/stats_charts.py" line="239" />
        <source>Tickets</source>
        <translation>Kontsultak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="245" />
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="245" />
        <source>90th percentile</source>
        <translation>90. pertzentila</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="254" />
        <source>Minutes to the first reply</source>
        <translation>Lehen erantzunera arteko minutuak</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="259" />
        <source>SLA met</source>
        <translation>Epea bete da</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="267" />
        <source>Tickets answered on time (%)</source>
        <translation>Garaiz erantzundako kontsultak (%)</translation>
    </message>
</context>
<context>
    <name>ThreadModel</name>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="47" />
        <source>… queued</source>
        <translation>… ilaran</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="48" />
        <source>✓ sent</source>
        <translation>✓ bidalita</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="49" />
        <source>✗ failed</source>
        <translation>✗ bidali gabe</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="50" />
        <source>✓✓ delivered</source>
        <translation>✓✓ entregatuta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="51" />
        <source>✓✓ seen</source>
        <translation>✓✓ irakurrita</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="62" />
        <source>agent</source>
        <translation>agentea</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="63" />
        <source>automatic message</source>
        <translation>mezu automatikoa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="64" />
        <source>internal note by {0}</source>
        <translation>{0}(r)en barne-oharra</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="68" />
        <source>↪ Forwarded from {0}</source>
        <translation>↪ Nondik birbidalia: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="76" />
        <source>Attached: {0} (arriving…)</source>
        <translation>Erantsita: {0} (iristen…)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="79" />
        <source>{0}: the file could not be downloaded</source>
        <translation>{0}: ezin izan da fitxategia deskargatu</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="82" />
        <source>Attached: {0} ({1} bytes)</source>
        <translation>Erantsita: {0} ({1} byte)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="85" />
        <source>Refused file: {0} ({1})</source>
        <translation>Baztertutako fitxategia: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="89" />
        <source>edited</source>
        <translation>aldatua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="91" />
        <source>deleted by the citizen</source>
        <translation>herritarrak ezabatua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="97" />
        <source>as the approved template {0}</source>
        <translation>{0} txantiloi onartu gisa</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="55" />
        <source>queued</source>
        <translation>ilaran</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="56" />
        <source>✓ sent</source>
        <translation>✓ bidalita</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="57" />
        <source>✗ not sent</source>
        <translation>✗ bidali gabe</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="58" />
        <source>✓✓ delivered</source>
        <translation>✓✓ entregatuta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="59" />
        <source>✓✓ seen</source>
        <translation>✓✓ irakurrita</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="61" />
        <source>edit pending</source>
        <translation>aldaketa zain</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="62" />
        <source>deletion pending</source>
        <translation>ezabaketa zain</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="69" />
        <source>agent</source>
        <translation>agentea</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="70" />
        <source>Automatic message</source>
        <translation>Mezu automatikoa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="71" />
        <source>Internal note · {0}</source>
        <translation>Barne-oharra · {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="78" />
        <source>Forwarded from {0}</source>
        <translation>Nondik birbidalia: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="83" />
        <source>an earlier message</source>
        <translation>aurreko mezu bat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="95" />
        <source>edited</source>
        <translation>aldatua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="98" />
        <source>deleted</source>
        <translation>ezabatua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="99" />
        <source>deleted by the citizen</source>
        <translation>herritarrak ezabatua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="103" />
        <source>retry</source>
        <translation>saiatu berriro</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="104" />
        <source>edit and send</source>
        <translation>aldatu eta bidali</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="107" />
        <source>as the approved template {0}</source>
        <translation>{0} txantiloi onartu gisa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="112" />
        <source>Reason: {0}</source>
        <translation>Arrazoia: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="126" />
        <source>The deletion did not reach the citizen: {0}</source>
        <translation>Ezabaketa ez zaio herritarrari iritsi: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="127" />
        <source>The edit did not reach the citizen: {0}</source>
        <translation>Aldaketa ez zaio herritarrari iritsi: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="192" />
        <source>{0} · arriving…</source>
        <translation>{0} · iristen…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="195" />
        <source>{0}: the file could not be downloaded</source>
        <translation>{0}: ezin izan da fitxategia deskargatu</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="199" />
        <source>Refused file: {0} ({1})</source>
        <translation>Baztertutako fitxategia: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="375" />
        <source>Conversation</source>
        <translation>Elkarrizketa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="424" />
        <source>Click to see the earlier text</source>
        <translation>Egin klik aurreko testua ikusteko</translation>
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="62" />
        <location filename="../../deskclient/ui/ticket_panel.py" line="213" />
        <source>Select a ticket</source>
        <translation>Hautatu kontsulta bat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="67" />
        <location filename="../../deskclient/ui/ticket_panel.py" line="237" />
        <source>&amp;Claim</source>
        <translation>&amp;Neuretzat hartu</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="69" />
        <source>Assign to an agent (team leads)</source>
        <translation>Esleitu agente bati (koordinazioa)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="70" />
        <source>Assigned agent</source>
        <translation>Esleitutako agentea</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="72" />
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="73" />
        <source>(no category)</source>
        <translation>(kategoriarik gabe)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="80" />
        <source>Citizen's language</source>
        <translation>Herritarraren hizkuntza</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="83" />
        <source>Clo&amp;se ticket</source>
        <translation>&amp;Itxi kontsulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="84" />
        <source>Re&amp;open</source>
        <translation>Be&amp;rrireki</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="229" />
        <source> · SLA breached</source>
        <translation> · epea gainditua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="230" />
        <source> · category chosen by the citizen</source>
        <translation> · herritarrak aukeratutako kategoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="232" />
        <source>The citizen wrote after the closing message — reopen if needed.</source>
        <translation>Herritarrak itxiera-mezuaren ondoren idatzi du — berrireki, behar izanez gero.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="238" />
        <source>Claimed by {0}</source>
        <translation>Arduraduna: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="240" />
        <source>(unassigned)</source>
        <translation>(esleitu gabe)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="275" />
        <source>The quoted message is {0} messages back, too far to jump to: its text is in the quote.</source>
        <translation>Aipatutako mezua {0} mezu atzerago dago, urrunegi hara joateko: testua aipuan dago.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="279" />
        <source>The quoted message is not in this ticket.</source>
        <translation>Aipatutako mezua ez dago kontsulta honetan.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="336" />
        <source>Close ticket</source>
        <translation>Itxi kontsulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="337" />
        <source>Close {0}? {1} gets the closing message; a message from them in the next minutes joins this ticket.</source>
        <translation>{0} itxi nahi duzu? {1}(e)k itxiera-mezua jasoko du; hurrengo minutuetan idazten badu, kontsulta honi gehituko zaio.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="405" />
        <source>Edit and send again</source>
        <translation>Aldatu eta bidali berriro</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="406" />
        <source>Telegram refused this message. Change it and send it again:</source>
        <translation>Telegramek mezu hau baztertu du. Aldatu eta bidali berriro:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="424" />
        <source>That ticket is no longer in the records (purged or erased).</source>
        <translation>Kontsulta hori ez dago jada erregistroetan (garbitua edo ezabatua).</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="492" />
        <source>No earlier text was kept.</source>
        <translation>Ez da aurreko testurik gorde.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="493" />
        <source>Earlier text</source>
        <translation>Aurreko testua</translation>
    </message>
</context>
<context>
    <name>TicketQueueModel</name>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="35" />
        <source>Number</source>
        <translation>Zenbakia</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="36" />
        <source>Citizen</source>
        <translation>Herritarra</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="37" />
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="38" />
        <source>Last message</source>
        <translation>Azken mezua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="39" />
        <source>SLA left</source>
        <translation>Epea</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="40" />
        <source>Status</source>
        <translation>Egoera</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="41" />
        <source>Assignee</source>
        <translation>Arduraduna</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="70" />
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="72" />
        <source>{0} h {1} min</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="75" />
        <source>{0} d {1} h</source>
        <translation>{0} e {1} h</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="77" />
        <source>overdue {0}</source>
        <translation>{0} berandu</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="202" />
        <source>The citizen wrote after the closing message</source>
        <translation>Herritarrak itxiera-mezuaren ondoren idatzi du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="227" />
        <source>answered late</source>
        <translation>berandu erantzunda</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="227" />
        <source>answered</source>
        <translation>erantzunda</translation>
    </message>
</context>
<context>
    <name>TrayKeeper</name>
    <message>
        <location filename="../../deskclient/ui/background.py" line="41" />
        <source>&amp;Open deskclient</source>
        <translation>&amp;Ireki deskclient</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/background.py" line="44" />
        <source>&amp;Quit (stop answering citizens)</source>
        <translation>I&amp;rten (utzi herritarrei erantzuteari)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/background.py" line="61" />
        <source>deskclient keeps running here and answers citizens. Quit it from this icon's menu.</source>
        <translation>deskclient-ek hemen jarraitzen du martxan eta herritarrei erantzuten die. Ikono honen menutik irten zaitezke.</translation>
    </message>
</context>
<context>
    <name>TypingIndicator</name>
    <message>
        <location filename="../../deskclient/ui/typing_indicator.py" line="60" />
        <source>{0} is typing…</source>
        <translation>{0} idazten ari da…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/typing_indicator.py" line="67" />
        <source>Nobody is typing</source>
        <translation>Inor ez dago idazten</translation>
    </message>
</context>
<context>
    <name>WindowStrip</name>
    <message>
        <location filename="../../deskclient/ui/window_strip.py" line="35" />
        <source>Approved template</source>
        <translation>Onartutako txantiloia</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/window_strip.py" line="36" />
        <source>Send &amp;template</source>
        <translation>Bidali &amp;txantiloia</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/window_strip.py" line="63" />
        <source>WhatsApp: free replies reach the citizen until {0}.</source>
        <translation>WhatsApp: erantzun libreak {0} arte iristen zaizkio herritarrari.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/window_strip.py" line="66" />
        <source>WhatsApp's 24-hour window closed {0}: a free reply can no longer reach the citizen. Send an approved template:</source>
        <translation>WhatsApp-en 24 orduko leihoa {0} itxi zen: erantzun libre bat ez zaio jada herritarrari iristen. Bidali onartutako txantiloi bat:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/window_strip.py" line="69" />
        <source>WhatsApp's 24-hour window closed {0}: a free reply can no longer reach the citizen, and no approved template is configured.</source>
        <translation>WhatsApp-en 24 orduko leihoa {0} itxi zen: erantzun libre bat ez zaio jada herritarrari iristen, eta ez dago onartutako txantiloirik konfiguratuta.</translation>
    </message>
</context>
<context>
    <name>XmlPreview</name>
    <message>
        <location filename="../../deskclient/ui/previews/xml_preview.py" line="127" />
        <source>This XML file declares its own entities, a feature used to attack XML readers, so it is not shown.</source>
        <translation>XML fitxategi honek bere entitateak deklaratzen ditu, XML irakurleei erasotzeko erabiltzen den ezaugarria; horregatik, ez da erakusten.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/xml_preview.py" line="136" />
        <source>This XML is not well-formed ({0}), so it is shown as it arrived.</source>
        <translation>XML hau ez dago ondo osatuta ({0}); horregatik, iritsi zen bezala erakusten da.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/xml_preview.py" line="139" />
        <source>Showing the first {0} of {1} ({2} lines).</source>
        <translation>Lehen {0} erakusten dira, guztira {1} ({2} lerro).</translation>
    </message>
</context>
</TS>