<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutIdPage</name>
    <message>
        <location filename="../ui/screens/info_pages.py" line="83"/>
        <source>What is a %1?</source>
        <translation>Wat is een %1?</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="85"/>
        <source>Your %1 is one personal account for Porsche&apos;s online services and apps.</source>
        <translation>Uw %1 is één persoonlijk account voor alle onlinediensten en apps van Porsche.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="87"/>
        <source>Your user name is your e-mail address. We check it is yours by sending you a code, and it cannot be changed later: please use an address you will keep.</source>
        <translation>Uw gebruikersnaam is uw e-mailadres. We sturen u een code om te controleren of het adres van u is. Het adres kan later niet meer worden gewijzigd: kies daarom een adres dat u blijft gebruiken.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="91"/>
        <source>Your %1 is registered in the country of the Porsche Center that invites you, and you decide which news you would like to receive.</source>
        <translation>Uw %1 wordt geregistreerd in het land van het Porsche Centrum dat u uitnodigt, en u bepaalt zelf welk nieuws u wilt ontvangen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="94"/>
        <source>Forgot your password? You can set a new one at any time with a link we e-mail to you.</source>
        <translation>Wachtwoord vergeten? U kunt altijd een nieuw wachtwoord instellen via een link die we u per e-mail sturen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="96"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="97"/>
        <source>Back to the welcome screen</source>
        <translation>Terug naar het welkomstscherm</translation>
    </message>
</context>
<context>
    <name>AdminFlow</name>
    <message>
        <location filename="../ui/admin_flow.py" line="162"/>
        <source>This kiosk has no keyring for a device token; enrol it from the command line.</source>
        <extracomment>The settings now in force (a :class:`KioskSettings`), already stored in the settings file. Leave admin for the welcome screen. The administrator quit the kiosk.</extracomment>
        <translation>Deze kiosk heeft geen sleutelbos voor een apparaattoken; registreer de kiosk via de opdrachtregel.</translation>
    </message>
    <message>
        <location filename="../ui/admin_flow.py" line="220"/>
        <source>The code was used, but this kiosk could not keep its device token. Please ask for a new code.</source>
        <translation>De code is gebruikt, maar deze kiosk kon zijn apparaattoken niet bewaren. Vraag een nieuwe code aan.</translation>
    </message>
</context>
<context>
    <name>AdminScreen</name>
    <message>
        <location filename="../ui/screens/admin.py" line="628"/>
        <source>Too many wrong PINs. Admin is locked for %1 min.</source>
        <extracomment>The PIN column: three keys a thumb hits easily, and the spacing between them (as on staff sign-in). The column of sections on the left. Readable line length for a section&apos;s content. How long &quot;Quit kiosk&quot; stays armed after the first press. The seconds settings, with the step of their − and + keys. The PIN typed on the PIN step (the window checks it with ``kiosk.admin_pin.AdminPinGuard``). Settings to store, by their names in :class:`kiosk.config.KioskSettings` (already checked). The backend address to test (checked to be http(s)://…). (backend address, enrolment code) The Diagnostics section was opened: the window answers with :meth:`show_diagnostics`. A new admin PIN that passed the rules, typed twice alike (the window hashes and stores it). How long &quot;Quit kiosk&quot; stays armed after the first press.</extracomment>
        <translation>Te vaak een onjuiste PIN ingevoerd. Beheer is %1 min. geblokkeerd.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="630"/>
        <source>That PIN is not right. One more wrong PIN locks admin for a few minutes.</source>
        <translation>Deze PIN klopt niet. Na nog één onjuiste PIN wordt beheer enkele minuten geblokkeerd.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="632"/>
        <source>That PIN is not right. Please try again.</source>
        <translation>Deze PIN klopt niet. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="942"/>
        <source>This kiosk is now enrolled at %1.</source>
        <translation>Deze kiosk is nu geregistreerd bij %1.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="940"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="944"/>
        <source>The admin PIN was changed. Use the new PIN from now on.</source>
        <translation>De beheerders-PIN is gewijzigd. Gebruik voortaan de nieuwe PIN.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="946"/>
        <source>The server address under Connection is not valid. Please correct it first.</source>
        <translation>Het serveradres onder Verbinding is ongeldig. Corrigeer het eerst.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="847"/>
        <source>Server: %1 (change it under Connection)</source>
        <translation>Server: %1 (wijzigen onder Verbinding)</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="853"/>
        <source>Please enter the server&apos;s address.</source>
        <translation>Vul het adres van de server in.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="855"/>
        <source>The address starts with http:// or https://, e.g. https://onboarding.example.com.</source>
        <translation>Het adres begint met http:// of https://, bijv. https://onboarding.example.com.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="857"/>
        <source>Only the server&apos;s address, please: no user name, password, “?” or “#”.</source>
        <translation>Alleen het adres van de server: geen gebruikersnaam, wachtwoord, “?” of “#”.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="858"/>
        <source>This is not a complete address, e.g. https://onboarding.example.com.</source>
        <translation>Dit is geen volledig adres, bijv. https://onboarding.example.com.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="868"/>
        <source>Please enter the enrolment code.</source>
        <translation>Vul de registratiecode in.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="877"/>
        <source>Please choose between %1 and %2 seconds.</source>
        <translation>Kies een waarde tussen %1 en %2 seconden.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="901"/>
        <source>The two PINs are not the same.</source>
        <translation>De twee PIN&apos;s komen niet overeen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="907"/>
        <source>Please use %1 to %2 digits.</source>
        <translation>Gebruik %1 tot %2 cijfers.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="912"/>
        <source>Repeated digits or patterns (000000, 121212) are too easy to guess.</source>
        <translation>Herhaalde cijfers of patronen (000000, 121212) zijn te makkelijk te raden.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="914"/>
        <source>Digits counting up or down (123456, 987654) are too easy to guess.</source>
        <translation>Oplopende of aflopende cijferreeksen (123456, 987654) zijn te makkelijk te raden.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="915"/>
        <source>This is one of the PINs people try first. Please choose another.</source>
        <translation>Dit is een van de PIN&apos;s die als eerste worden geprobeerd. Kies een andere.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="959"/>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="959"/>
        <location filename="../ui/screens/admin.py" line="1036"/>
        <source>Open admin</source>
        <translation>Beheer openen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="971"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="977"/>
        <location filename="../ui/screens/admin.py" line="1015"/>
        <source>Admin</source>
        <translation>Beheer</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="979"/>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="979"/>
        <source>The server this kiosk sends everything to</source>
        <translation>De server waarnaar deze kiosk alles verstuurt</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="980"/>
        <source>Enrolment</source>
        <translation>Registratie</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="980"/>
        <source>The showroom this kiosk belongs to</source>
        <translation>De vestiging waartoe deze kiosk behoort</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="981"/>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="981"/>
        <source>Language, time-outs and how the kiosk is shown</source>
        <translation>Taal, time-outs en weergave van de kiosk</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="982"/>
        <location filename="../ui/screens/admin.py" line="1032"/>
        <source>Admin PIN</source>
        <translation>Beheerders-PIN</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="982"/>
        <source>Change the PIN that opens this screen</source>
        <translation>De PIN wijzigen waarmee dit scherm opent</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="983"/>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="983"/>
        <source>Versions, what is waiting to be sent, logs</source>
        <translation>Versies, wat nog verstuurd moet worden, logs</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="991"/>
        <location filename="../ui/screens/admin.py" line="992"/>
        <source>Leave admin</source>
        <translation>Beheer verlaten</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="993"/>
        <source>Back to the kiosk; the admin PIN is asked again</source>
        <translation>Terug naar de kiosk; de beheerders-PIN wordt opnieuw gevraagd</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="995"/>
        <source>Press again to quit</source>
        <translation>Druk nogmaals om af te sluiten</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="997"/>
        <source>Press again within 5 seconds to close the kiosk program</source>
        <translation>Druk binnen 5 seconden nogmaals om het kioskprogramma te sluiten</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1000"/>
        <location filename="../ui/screens/admin.py" line="1004"/>
        <source>Quit kiosk</source>
        <translation>Kiosk afsluiten</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1002"/>
        <source>Closes the kiosk program; customers cannot use the kiosk until it is started again</source>
        <translation>Sluit het kioskprogramma; klanten kunnen de kiosk pas weer gebruiken na een herstart</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1005"/>
        <source>Done</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1006"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1018"/>
        <source>Settings for the showroom&apos;s administrator: the server, the enrolment, how the kiosk behaves, and diagnostics for support. Enter the admin PIN to continue.</source>
        <translation>Instellingen voor de beheerder van de vestiging: de server, de registratie, het gedrag van de kiosk en diagnose voor support. Voer de beheerders-PIN in om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1026"/>
        <source>No admin PIN is set on this kiosk, so this screen cannot be opened. Please ask whoever installed the kiosk to set one.</source>
        <translation>Op deze kiosk is geen beheerders-PIN ingesteld, dus dit scherm kan niet worden geopend. Vraag degene die de kiosk heeft geïnstalleerd om er een in te stellen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1031"/>
        <source>Admin &amp;PIN</source>
        <translation>Beheerders-&amp;PIN</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1034"/>
        <source>%1 to %2 digits</source>
        <translation>%1 tot %2 cijfers</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1037"/>
        <source>Checks the PIN and opens the admin settings</source>
        <translation>Controleert de PIN en opent de beheerinstellingen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1038"/>
        <location filename="../ui/screens/admin.py" line="1039"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1040"/>
        <source>Back to the kiosk without opening admin</source>
        <translation>Terug naar de kiosk zonder beheer te openen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1047"/>
        <source>The address of the onboarding server. Test it before you save it or enrol with it.</source>
        <translation>Het adres van de onboardingserver. Test het voordat u het opslaat of de kiosk ermee registreert.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1049"/>
        <source>Server &amp;address</source>
        <translation>Server&amp;adres</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1049"/>
        <source>For example https://onboarding.example.com</source>
        <translation>Bijvoorbeeld https://onboarding.example.com</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1052"/>
        <source>Testing…</source>
        <translation>Wordt getest…</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1052"/>
        <location filename="../ui/screens/admin.py" line="1053"/>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1054"/>
        <source>Asks the server at this address whether it answers</source>
        <translation>Controleert of de server op dit adres reageert</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1056"/>
        <location filename="../ui/screens/admin.py" line="1199"/>
        <source>Saving…</source>
        <translation>Wordt opgeslagen…</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1056"/>
        <location filename="../ui/screens/admin.py" line="1057"/>
        <source>Save address</source>
        <translation>Adres opslaan</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1059"/>
        <source>The kiosk uses this address from now on, with its current enrolment</source>
        <translation>De kiosk gebruikt voortaan dit adres, met de huidige registratie</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1070"/>
        <source>The server cannot be reached.</source>
        <translation>De server is niet bereikbaar.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1072"/>
        <source>Something answered at this address, but not the onboarding server.</source>
        <translation>Op dit adres reageert wel iets, maar niet de onboardingserver.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1074"/>
        <source>The server answers, but does not accept this kiosk. Please enrol it again.</source>
        <translation>De server reageert, maar accepteert deze kiosk niet. Registreer de kiosk opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1076"/>
        <source>The server answers. This kiosk is not enrolled with it yet.</source>
        <translation>De server reageert. Deze kiosk is er nog niet bij geregistreerd.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1078"/>
        <source>Connected: the server answers and accepts this kiosk.</source>
        <translation>Verbonden: de server reageert en accepteert deze kiosk.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1083"/>
        <source>Connection test result</source>
        <translation>Resultaat van de verbindingstest</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1086"/>
        <source>Response time</source>
        <translation>Reactietijd</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1087"/>
        <source>Encrypted</source>
        <translation>Versleuteld</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1088"/>
        <source>Server version</source>
        <translation>Serverversie</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1089"/>
        <source>This kiosk&apos;s enrolment</source>
        <translation>Registratie van deze kiosk</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1090"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1093"/>
        <source>Yes (%1)</source>
        <translation>Ja (%1)</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1093"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1095"/>
        <source>No: the address starts with http://</source>
        <translation>Nee: het adres begint met http://</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1099"/>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1100"/>
        <source>Not accepted</source>
        <translation>Niet geaccepteerd</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1101"/>
        <source>Not checked</source>
        <translation>Niet gecontroleerd</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1104"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1108"/>
        <source>Not given</source>
        <translation>Niet opgegeven</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1123"/>
        <source>This kiosk is enrolled at: %1</source>
        <translation>Deze kiosk is geregistreerd bij: %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1125"/>
        <source>This kiosk is not enrolled yet.</source>
        <translation>Deze kiosk is nog niet geregistreerd.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1128"/>
        <source>To enrol it, ask the server&apos;s operator for a one-time enrolment code and enter it here. The kiosk keeps its device token in the system&apos;s keyring.</source>
        <translation>Vraag de serverbeheerder om een eenmalige registratiecode en voer die hier in om de kiosk te registreren. De kiosk bewaart zijn apparaattoken in de sleutelbos van het systeem.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1133"/>
        <source>Enrolment &amp;code</source>
        <translation>&amp;Registratiecode</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1133"/>
        <source>The one-time code from the server&apos;s operator</source>
        <translation>De eenmalige code van de serverbeheerder</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1137"/>
        <source>Enrolling again replaces this kiosk&apos;s device token; the old one stops working.</source>
        <translation>Opnieuw registreren vervangt het apparaattoken van deze kiosk; het oude werkt dan niet meer.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1141"/>
        <source>Enrolling…</source>
        <translation>Wordt geregistreerd…</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1141"/>
        <location filename="../ui/screens/admin.py" line="1142"/>
        <source>Enrol</source>
        <translation>Registreren</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1144"/>
        <source>Enrols this kiosk at the server under Connection with this code</source>
        <translation>Registreert deze kiosk met deze code bij de server onder Verbinding</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1148"/>
        <source>Default &amp;language</source>
        <translation>&amp;Standaardtaal</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1149"/>
        <source>The system&apos;s language</source>
        <translation>Taal van het systeem</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1150"/>
        <source>Default language</source>
        <translation>Standaardtaal</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1151"/>
        <source>The language the kiosk starts in</source>
        <translation>De taal waarin de kiosk start</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1154"/>
        <source>&amp;Customer idle time (seconds)</source>
        <translation>Inactiviteitstijd &amp;klant (seconden)</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1155"/>
        <source>Seconds without a touch before a customer screen asks whether anyone is still there</source>
        <translation>Seconden zonder aanraking voordat een klantscherm vraagt of er nog iemand is</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1158"/>
        <source>C&amp;ountdown (seconds)</source>
        <translation>Af&amp;tellen (seconden)</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1159"/>
        <source>Seconds the question counts down before everything typed is wiped</source>
        <translation>Seconden die de vraag aftelt voordat alles wat is ingevoerd wordt gewist</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1162"/>
        <source>&amp;Staff idle time (seconds)</source>
        <translation>Inactiviteitstijd &amp;medewerker (seconden)</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1163"/>
        <source>Seconds without a touch before salesperson mode locks itself</source>
        <translation>Seconden zonder aanraking voordat de medewerkersmodus zichzelf vergrendelt</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1172"/>
        <source>(%1 to %2)</source>
        <translation>(%1 tot %2)</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1175"/>
        <source>Fewer seconds</source>
        <translation>Minder seconden</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1177"/>
        <source>More seconds</source>
        <translation>Meer seconden</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1182"/>
        <source>&amp;Kiosk mode: full screen, no way out without the admin PIN</source>
        <translation>K&amp;ioskmodus: volledig scherm, afsluiten alleen met beheerders-PIN</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1183"/>
        <source>Off: a normal window, for trying things out</source>
        <translation>Uit: een gewoon venster, om dingen uit te proberen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1186"/>
        <source>On-screen &amp;keyboard, for terminals without a keyboard</source>
        <translation>Schermtoetsen&amp;bord, voor terminals zonder toetsenbord</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1187"/>
        <source>Shows a keyboard on the screen whenever a field is touched</source>
        <translation>Toont een toetsenbord op het scherm zodra een veld wordt aangeraakt</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1190"/>
        <source>Lar&amp;ge text</source>
        <translation>&amp;Grote tekst</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1191"/>
        <source>Makes all text and controls a quarter larger</source>
        <translation>Maakt alle tekst en bedieningselementen een kwart groter</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1199"/>
        <location filename="../ui/screens/admin.py" line="1200"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1201"/>
        <source>Stores these kiosk settings</source>
        <translation>Slaat deze kioskinstellingen op</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1206"/>
        <source>The admin PIN has %1 to %2 digits. Repeated digits, patterns and digits counting up or down are refused: they are the first anyone tries.</source>
        <translation>De beheerders-PIN heeft %1 tot %2 cijfers. Herhaalde cijfers, patronen en oplopende of aflopende reeksen worden geweigerd: die probeert iedereen als eerste.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1212"/>
        <source>&amp;New admin PIN</source>
        <translation>&amp;Nieuwe beheerders-PIN</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1212"/>
        <source>Digits only</source>
        <translation>Alleen cijfers</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1213"/>
        <source>&amp;Repeat the new PIN</source>
        <translation>&amp;Herhaal de nieuwe PIN</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1213"/>
        <source>The same digits again</source>
        <translation>Dezelfde cijfers nogmaals</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1216"/>
        <source>Changing…</source>
        <translation>Wordt gewijzigd…</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1216"/>
        <location filename="../ui/screens/admin.py" line="1217"/>
        <source>Change PIN</source>
        <translation>PIN wijzigen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1218"/>
        <source>Makes the new PIN the admin PIN</source>
        <translation>Maakt de nieuwe PIN de beheerders-PIN</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1221"/>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1222"/>
        <source>Waiting to be sent</source>
        <translation>Wacht op verzending</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1224"/>
        <source>Waiting</source>
        <translation>In wachtrij</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1225"/>
        <source>Needs a salesperson</source>
        <translation>Verkoopadviseur nodig</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1226"/>
        <source>Oldest waiting since</source>
        <translation>Oudste wacht sinds</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1227"/>
        <source>Last sent</source>
        <translation>Laatst verstuurd</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1228"/>
        <source>Last problem</source>
        <translation>Laatste probleem</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1242"/>
        <source>Holds the logs, e-mail addresses and phone numbers masked, and this page; no customer&apos;s details.</source>
        <translation>Bevat de logs, met gemaskeerde e-mailadressen en telefoonnummers, en deze pagina; geen klantgegevens.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1245"/>
        <source>Exporting…</source>
        <translation>Wordt geëxporteerd…</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1245"/>
        <location filename="../ui/screens/admin.py" line="1246"/>
        <source>Export logs</source>
        <translation>Logs exporteren</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1247"/>
        <source>Saves the logs for support as one zip file</source>
        <translation>Slaat de logs voor support op als één zip-bestand</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1248"/>
        <source>Saved as: %1</source>
        <translation>Opgeslagen als: %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1250"/>
        <source>Export saved as</source>
        <translation>Export opgeslagen als</translation>
    </message>
</context>
<context>
    <name>BuyerFormScreen</name>
    <message>
        <location filename="../ui/app.py" line="96"/>
        <location filename="../ui/screens/buyer_form.py" line="319"/>
        <location filename="../ui/screens/buyer_form.py" line="475"/>
        <source>Send invitation</source>
        <translation>Uitnodiging versturen</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="315"/>
        <source>Sending…</source>
        <extracomment>In correction mode: the corrected address for the invitation already sent. The dealer&apos;s country: which salutations to offer, and how a phone number without &quot;+&quot; is read. Good news about the customer before (e.g. &quot;saved, will be sent&quot;): shown until the next send.</extracomment>
        <translation>Wordt verstuurd…</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="317"/>
        <source>Send to the corrected address</source>
        <translation>Naar het gecorrigeerde adres versturen</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="352"/>
        <source>Please give the customer the privacy notice, then tick this box.</source>
        <translation>Geef de klant eerst de privacyverklaring en vink dan dit vakje aan.</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="401"/>
        <source>Signed in: %1</source>
        <translation>Aangemeld: %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="403"/>
        <location filename="../ui/screens/buyer_form.py" line="404"/>
        <source>Invitations</source>
        <translation>Uitnodigingen</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="405"/>
        <source>This showroom&apos;s invitations and how far they got</source>
        <translation>De uitnodigingen van deze vestiging en hoe ver ze zijn</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="407"/>
        <location filename="../ui/screens/buyer_form.py" line="408"/>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="409"/>
        <source>Locks the kiosk and returns to the welcome screen</source>
        <translation>Vergrendelt de kiosk en gaat terug naar het welkomstscherm</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="411"/>
        <source>Correct the e-mail address</source>
        <translation>E-mailadres corrigeren</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="411"/>
        <source>Invite a customer</source>
        <translation>Klant uitnodigen</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="415"/>
        <source>Only the e-mail address can change. The invitation goes to the corrected address; the old link and code stop working.</source>
        <translation>Alleen het e-mailadres kan worden gewijzigd. De uitnodiging gaat naar het gecorrigeerde adres; de oude link en code werken dan niet meer.</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="421"/>
        <source>The customer receives an e-mail and finishes registering here at the kiosk or on their phone.</source>
        <translation>De klant ontvangt een e-mail en rondt de registratie hier bij de kiosk of op de eigen telefoon af.</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="423"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="424"/>
        <source>&amp;Salutation</source>
        <translation>Aan&amp;hef</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="425"/>
        <source>Salutation</source>
        <translation>Aanhef</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="426"/>
        <source>How the e-mail addresses the customer</source>
        <translation>Hoe de klant in de e-mail wordt aangesproken</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="428"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="429"/>
        <source>Ms</source>
        <translation>Mevrouw</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="430"/>
        <source>Mr</source>
        <translation>De heer</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="439"/>
        <source>The customer&apos;s first name, as in the e-mail</source>
        <translation>De voornaam van de klant, zoals die in de e-mail komt te staan</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="440"/>
        <source>The customer&apos;s last name</source>
        <translation>De achternaam van de klant</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="443"/>
        <source>The customer&apos;s e-mail address becomes their user name and cannot be changed later.</source>
        <translation>Het e-mailadres van de klant wordt de gebruikersnaam en kan later niet worden gewijzigd.</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="446"/>
        <source>&amp;Mobile phone (optional)</source>
        <translation>&amp;Mobiel nummer (optioneel)</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="447"/>
        <source>Without a country code, the number is read as one from this showroom&apos;s country.</source>
        <translation>Zonder landcode wordt het nummer gelezen als een nummer uit het land van deze vestiging.</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="452"/>
        <source>The language of the e-mail and of the customer&apos;s screens</source>
        <translation>De taal van de e-mail en van de schermen voor de klant</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="453"/>
        <source>Vehicle (optional)</source>
        <translation>Voertuig (optioneel)</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="454"/>
        <source>M&amp;odel</source>
        <translation>M&amp;odel</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="454"/>
        <source>Optional: the car the customer bought, e.g. Taycan 4S</source>
        <translation>Optioneel: de auto die de klant heeft gekocht, bijv. Taycan 4S</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="455"/>
        <source>e.g. Taycan 4S</source>
        <translation>bijv. Taycan 4S</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="457"/>
        <source>&amp;Commission number</source>
        <translation>&amp;Commissienummer</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="457"/>
        <source>Optional: the order&apos;s commission number</source>
        <translation>Optioneel: het commissienummer van de bestelling</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="459"/>
        <source>&amp;VIN</source>
        <translation>V&amp;IN</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="459"/>
        <source>The vehicle identification number: 17 letters and digits</source>
        <translation>Het chassisnummer van het voertuig: 17 letters en cijfers</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="460"/>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="461"/>
        <source>The customer has been given the &amp;privacy notice</source>
        <translation>De klant heeft de &amp;privacyverklaring ontvangen</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="463"/>
        <source>Required before the invitation can be sent</source>
        <translation>Vereist voordat de uitnodiging kan worden verstuurd</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="464"/>
        <source>The customer would like news and offers by:</source>
        <translation>De klant wil graag nieuws en aanbiedingen ontvangen per:</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="466"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="467"/>
        <source>Text message</source>
        <translation>Sms</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="468"/>
        <source>Phone call</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="469"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="473"/>
        <source>Marketing by %1</source>
        <translation>Marketing per %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="474"/>
        <source>Optional: only if the customer asked for it</source>
        <translation>Optioneel: alleen als de klant erom heeft gevraagd</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="477"/>
        <source>Sends the customer an e-mail with a registration link and a code; Enter does the same</source>
        <translation>Stuurt de klant een e-mail met een registratielink en een code; Enter doet hetzelfde</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="439"/>
        <source>&amp;First name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="440"/>
        <source>&amp;Last name</source>
        <translation>&amp;Achternaam</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="442"/>
        <source>&amp;E-mail address</source>
        <translation>&amp;E-mailadres</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="450"/>
        <source>Customer&apos;s &amp;language</source>
        <translation>&amp;Taal van de klant</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="451"/>
        <source>Customer&apos;s language</source>
        <translation>Taal van de klant</translation>
    </message>
</context>
<context>
    <name>EmailHint</name>
    <message>
        <location filename="../ui/widgets/email_hint.py" line="54"/>
        <source>Did you mean %1?</source>
        <translation>Bedoelde u %1?</translation>
    </message>
    <message>
        <location filename="../ui/widgets/email_hint.py" line="55"/>
        <source>Use it</source>
        <translation>Overnemen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/email_hint.py" line="56"/>
        <source>Use the suggested address</source>
        <translation>Voorgesteld adres overnemen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/email_hint.py" line="57"/>
        <source>Replaces the e-mail address with the suggestion</source>
        <translation>Vervangt het e-mailadres door de suggestie</translation>
    </message>
</context>
<context>
    <name>FinishHereScreen</name>
    <message>
        <location filename="../ui/screens/finish_here.py" line="380"/>
        <source>The server had a problem, so your ID was not created yet. Please try again in a moment, or finish on your phone or later with the link in the e-mail.</source>
        <extracomment>The password and the choices side by side: each column a readable width at 1280 px. What went wrong reads as a paragraph, not as one line across both columns. The problems the customer cannot get past here: the salesperson takes over. The problems that may be gone in a moment: the same request again, or finish another way. (password, terms accepted) — emitted only when every rule is met and both entries match. Back to the hand-off, whose other ways to finish (phone, later from the e-mail) still work. &quot;Not your e-mail?&quot;: the salesperson corrects the address. The customer cannot finish through this invitation (expired, withdrawn, already done): back to the salesperson, who can send a new one. The backend wants the code from the e-mail first.</extracomment>
        <translation>Er is een probleem met de server, daarom is uw ID nog niet aangemaakt. Probeer het zo opnieuw, of rond de registratie af op uw telefoon of later via de link in de e-mail.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="384"/>
        <source>This invitation has expired or was withdrawn, so it can no longer be used. Please ask the salesperson to send you a new one.</source>
        <translation>Deze uitnodiging is verlopen of ingetrokken en kan niet meer worden gebruikt. Vraag de verkoopadviseur om u een nieuwe te sturen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="388"/>
        <source>The server does not know this invitation. Please ask the salesperson to send you a new one.</source>
        <translation>De server kent deze uitnodiging niet. Vraag de verkoopadviseur om u een nieuwe te sturen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="391"/>
        <source>This registration is already complete: your %1 exists. Sign in with your e-mail address and the password you chose.</source>
        <translation>Deze registratie is al afgerond: uw %1 is aangemaakt. Meld u aan met uw e-mailadres en het wachtwoord dat u hebt gekozen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="395"/>
        <source>This e-mail address already has a %1, so no new one is needed. Please sign in with it; the salesperson can help if you have forgotten the password.</source>
        <translation>Voor dit e-mailadres bestaat al een %1, dus een nieuwe is niet nodig. Meld u daarmee aan; de verkoopadviseur helpt u graag als u het wachtwoord bent vergeten.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="400"/>
        <source>The password does not meet all the rules. Please choose another one.</source>
        <translation>Het wachtwoord voldoet niet aan alle regels. Kies een ander wachtwoord.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="402"/>
        <source>Please accept the terms of use to create your ID.</source>
        <translation>Ga akkoord met de gebruiksvoorwaarden om uw ID aan te maken.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="403"/>
        <source>Please enter the code from the e-mail first.</source>
        <translation>Voer eerst de code uit de e-mail in.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="405"/>
        <source>This kiosk cannot create IDs right now. Please finish on your phone or later with the link in the e-mail.</source>
        <translation>Deze kiosk kan op dit moment geen ID&apos;s aanmaken. Rond de registratie af op uw telefoon of later via de link in de e-mail.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="409"/>
        <source>Something went wrong, so your ID was not created yet. Please try again, or finish on your phone or later with the link in the e-mail.</source>
        <translation>Er is iets misgegaan, daarom is uw ID nog niet aangemaakt. Probeer het opnieuw, of rond de registratie af op uw telefoon of later via de link in de e-mail.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="428"/>
        <source>The passwords match</source>
        <translation>De wachtwoorden komen overeen</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="428"/>
        <source>The passwords do not match</source>
        <translation>De wachtwoorden komen niet overeen</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="446"/>
        <source>Creating your ID…</source>
        <translation>Uw ID wordt aangemaakt…</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="446"/>
        <source>Create my %1</source>
        <translation>Mijn %1 aanmaken</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="456"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="456"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="457"/>
        <source>Hide password</source>
        <translation>Wachtwoord verbergen</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="457"/>
        <source>Show password</source>
        <translation>Wachtwoord tonen</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="459"/>
        <source>The password is shown in both fields.</source>
        <translation>Het wachtwoord wordt in beide velden getoond.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="461"/>
        <source>The password is hidden in both fields.</source>
        <translation>Het wachtwoord is in beide velden verborgen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="500"/>
        <source>Welcome, %1</source>
        <translation>Welkom, %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="501"/>
        <source>Your user name is your e-mail address: %1</source>
        <translation>Uw gebruikersnaam is uw e-mailadres: %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="502"/>
        <location filename="../ui/screens/finish_here.py" line="503"/>
        <source>Not your e-mail?</source>
        <translation>Niet uw e-mailadres?</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="506"/>
        <source>Lets you correct your e-mail address; a new code is sent. Nothing typed here is kept.</source>
        <translation>Hiermee corrigeert u uw e-mailadres; er wordt een nieuwe code gestuurd. Niets wat u hier typte, wordt bewaard.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="510"/>
        <source>Calls the salesperson, who corrects the e-mail address. Nothing typed here is kept.</source>
        <translation>Vraagt de verkoopadviseur om het e-mailadres te corrigeren. Wat u hier hebt ingevoerd, wordt niet bewaard.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="512"/>
        <source>Choose a &amp;password</source>
        <translation>Kies een &amp;wachtwoord</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="513"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="514"/>
        <source>The rules below show which requirements are met.</source>
        <translation>Hieronder ziet u aan welke eisen al is voldaan.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="515"/>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Herhaal het wachtwoord</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="516"/>
        <source>Repeat the password</source>
        <translation>Herhaal het wachtwoord</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="517"/>
        <source>Type the same password again, to be sure of it.</source>
        <translation>Typ hetzelfde wachtwoord nogmaals, voor de zekerheid.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="518"/>
        <source>Terms and news</source>
        <translation>Voorwaarden en nieuws</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="519"/>
        <location filename="../ui/screens/finish_here.py" line="520"/>
        <source>I accept the terms of use</source>
        <translation>Ik ga akkoord met de gebruiksvoorwaarden</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="521"/>
        <source>Required to create your ID.</source>
        <translation>Vereist om uw ID aan te maken.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="522"/>
        <source>I would like news and offers by (optional):</source>
        <translation>Ik ontvang graag nieuws en aanbiedingen per (optioneel):</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="524"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="525"/>
        <source>Text message</source>
        <translation>Sms</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="526"/>
        <source>Phone call</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="527"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="531"/>
        <source>News and offers by %1</source>
        <translation>Nieuws en aanbiedingen per %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="532"/>
        <source>Optional. You can change this later in your account.</source>
        <translation>Optioneel. U kunt dit later in uw account wijzigen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="533"/>
        <location filename="../ui/screens/finish_here.py" line="534"/>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="535"/>
        <source>Sends the same password again.</source>
        <translation>Verstuurt hetzelfde wachtwoord opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="536"/>
        <location filename="../ui/screens/finish_here.py" line="537"/>
        <source>Use my phone or finish later</source>
        <translation>Mijn telefoon gebruiken of later afronden</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="539"/>
        <source>Back to the choices: scan a QR code with your phone, or use the link in the e-mail later.</source>
        <translation>Terug naar de keuzes: scan een QR-code met uw telefoon of gebruik later de link in de e-mail.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="541"/>
        <location filename="../ui/screens/finish_here.py" line="542"/>
        <source>Back to the salesperson</source>
        <translation>Terug naar de verkoopadviseur</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="544"/>
        <source>Hands the kiosk back to the salesperson, who can send a new invitation.</source>
        <translation>Geeft de kiosk terug aan de verkoopadviseur, die een nieuwe uitnodiging kan versturen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="546"/>
        <location filename="../ui/screens/finish_here.py" line="547"/>
        <source>Enter the code</source>
        <translation>Code invoeren</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="548"/>
        <source>Back to the code from the e-mail.</source>
        <translation>Terug naar de code uit de e-mail.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="549"/>
        <location filename="../ui/screens/finish_here.py" line="550"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="551"/>
        <source>Back to the choices. Nothing typed here is kept.</source>
        <translation>Terug naar de keuzes. Wat u hier hebt ingevoerd, wordt niet bewaard.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="553"/>
        <source>Creates your ID once every rule is met, both passwords match and the terms are accepted.</source>
        <translation>Maakt uw ID aan zodra aan alle regels is voldaan, beide wachtwoorden overeenkomen en de voorwaarden zijn geaccepteerd.</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../ui/widgets/funnel_chart.py" line="68"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../ui/widgets/funnel_chart.py" line="69"/>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <location filename="../ui/widgets/funnel_chart.py" line="73"/>
        <source>Invited</source>
        <translation>Uitgenodigd</translation>
    </message>
    <message>
        <location filename="../ui/widgets/funnel_chart.py" line="73"/>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <location filename="../ui/widgets/funnel_chart.py" line="73"/>
        <source>Registered</source>
        <translation>Geregistreerd</translation>
    </message>
    <message>
        <location filename="../ui/widgets/funnel_chart.py" line="77"/>
        <source>%1%</source>
        <extracomment>A whole percentage, as in &quot;42%&quot;; write it as your language does (&quot;42 %&quot; in German).</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../ui/widgets/funnel_chart.py" line="80"/>
        <source>Loading the figures…</source>
        <translation>Cijfers worden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/funnel_chart.py" line="80"/>
        <source>Figures are not available offline.</source>
        <translation>De cijfers zijn offline niet beschikbaar.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/funnel_chart.py" line="84"/>
        <source>%1: no invitations yet.</source>
        <translation>%1: nog geen uitnodigingen.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/funnel_chart.py" line="86"/>
        <source>%1: %2 invited, %3 opened (%4), %5 registered (%6).</source>
        <translation>%1: %2 uitgenodigd, %3 geopend (%4), %5 geregistreerd (%6).</translation>
    </message>
    <message>
        <location filename="../ui/widgets/funnel_chart.py" line="96"/>
        <source>Invited, opened and registered</source>
        <translation>Uitgenodigd, geopend en geregistreerd</translation>
    </message>
</context>
<context>
    <name>HandoffScreen</name>
    <message>
        <location filename="../ui/screens/handoff.py" line="295"/>
        <source>Valid for %1 more; a new code follows by itself.</source>
        <extracomment>The arrow keys that go to the previous and to the next of the three choices. The mail bounced: back to the form, entries kept, to fix the address and send again.</extracomment>
        <translation>Nog %1 geldig; daarna verschijnt automatisch een nieuwe code.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="306"/>
        <source>The e-mail could not be delivered</source>
        <translation>De e-mail kon niet worden bezorgd</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="308"/>
        <source>No mailbox accepted mail for %1. Please check the address with the customer.</source>
        <translation>De e-mail aan %1 is door geen enkele mailbox aangenomen. Controleer het adres samen met de klant.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="313"/>
        <source>Invitation sent</source>
        <translation>Uitnodiging verstuurd</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="314"/>
        <source>We sent an e-mail with a registration link to %1.</source>
        <translation>We hebben een e-mail met een registratielink naar %1 gestuurd.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="317"/>
        <location filename="../ui/screens/handoff.py" line="318"/>
        <source>Correct the e-mail address</source>
        <translation>E-mailadres corrigeren</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="320"/>
        <source>For the salesperson: back to the form to fix the address and send the invitation again</source>
        <translation>Voor de verkoopadviseur: terug naar het formulier om het adres te corrigeren en de uitnodiging opnieuw te versturen</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="322"/>
        <source>How would you like to finish?</source>
        <translation>Hoe wilt u de registratie afronden?</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="324"/>
        <source>Finish here now</source>
        <translation>Nu hier afronden</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="324"/>
        <source>Enter the code from the e-mail and choose your password here.</source>
        <translation>Voer de code uit de e-mail in en kies hier uw wachtwoord.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="327"/>
        <location filename="../ui/screens/handoff.py" line="333"/>
        <source>Scan with your phone</source>
        <translation>Scan met uw telefoon</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="327"/>
        <source>Scan a QR code and finish on your phone, at your own pace.</source>
        <translation>Scan een QR-code en rond in alle rust af op uw telefoon.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="330"/>
        <source>Later, from the e-mail</source>
        <translation>Later, via de e-mail</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="330"/>
        <source>Open the link in the e-mail whenever it suits you.</source>
        <translation>Open de link in de e-mail wanneer het u uitkomt.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="336"/>
        <source>Preparing the code…</source>
        <translation>De code wordt voorbereid…</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="337"/>
        <source>Point your phone&apos;s camera at the code and follow the link.</source>
        <translation>Richt de camera van uw telefoon op de code en open de link.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="338"/>
        <source>The code is not available right now. Use the link in the e-mail instead.</source>
        <translation>De code is op dit moment niet beschikbaar. Gebruik in plaats daarvan de link in de e-mail.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="342"/>
        <source>Registered</source>
        <translation>Geregistreerd</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="344"/>
        <source>Connection lost, reconnecting…</source>
        <translation>Verbinding verbroken, opnieuw verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="346"/>
        <source>Waiting for the customer…</source>
        <translation>Wachten op de klant…</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="351"/>
        <source>QR code with the registration link</source>
        <translation>QR-code met de registratielink</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="352"/>
        <source>Scan it with your phone&apos;s camera</source>
        <translation>Scan deze met de camera van uw telefoon</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="354"/>
        <source>Your phone will show: %1</source>
        <translation>Op uw telefoon verschijnt: %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="357"/>
        <location filename="../ui/screens/handoff.py" line="358"/>
        <source>Other ways to finish</source>
        <translation>Andere manieren om af te ronden</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="360"/>
        <source>Back to the choice: finish here, scan with your phone, or later</source>
        <translation>Terug naar de keuze: hier afronden, scannen met uw telefoon of later</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="362"/>
        <source>All set</source>
        <translation>Alles is klaar</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="364"/>
        <source>The e-mail to %1 has your registration link. Open it whenever it suits you.</source>
        <translation>De e-mail aan %1 bevat uw registratielink. Open deze wanneer het u uitkomt.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="366"/>
        <location filename="../ui/screens/handoff.py" line="367"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="368"/>
        <source>Ends here: the kiosk is ready for the next customer</source>
        <translation>Rondt hier af: de kiosk is klaar voor de volgende klant</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="371"/>
        <source>For the salesperson: start over with the next customer</source>
        <translation>Voor de verkoopadviseur: opnieuw beginnen met de volgende klant</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="369"/>
        <source>Next customer</source>
        <translation>Volgende klant</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="369"/>
        <source>New customer</source>
        <translation>Nieuwe klant</translation>
    </message>
</context>
<context>
    <name>HowItWorksPage</name>
    <message>
        <location filename="../ui/screens/info_pages.py" line="109"/>
        <source>How registration works</source>
        <translation>Zo werkt de registratie</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="112"/>
        <source>1. Your salesperson enters your name and e-mail address. You receive an e-mail with a registration link and a 6-digit code.</source>
        <translation>1. Uw verkoopadviseur voert uw naam en e-mailadres in. U ontvangt een e-mail met een registratielink en een code van 6 cijfers.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="116"/>
        <source>2. Finish here at the kiosk with the code, or scan the QR code on the screen and finish on your phone. You can also use the link in the e-mail later.</source>
        <translation>2. Rond hier bij de kiosk af met de code, of scan de QR-code op het scherm en ga verder op uw telefoon. U kunt ook later de link in de e-mail gebruiken.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="120"/>
        <source>3. Choose a password with at least 8 characters, including an uppercase letter, a digit and a special character such as ! or ?.</source>
        <translation>3. Kies een wachtwoord van minimaal 8 tekens, met een hoofdletter, een cijfer en een speciaal teken zoals ! of ?.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="123"/>
        <source>4. That is all: sign in with your e-mail address and your new password.</source>
        <translation>4. Dat is alles: meld u aan met uw e-mailadres en uw nieuwe wachtwoord.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="125"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="126"/>
        <source>Back to the welcome screen</source>
        <translation>Terug naar het welkomstscherm</translation>
    </message>
</context>
<context>
    <name>InvitationsFlow</name>
    <message>
        <location filename="../ui/invitations_flow.py" line="187"/>
        <source>A new e-mail will be sent; the list shows it once the server has it.</source>
        <extracomment>The hand-off&apos;s phone view for this invitation (an :class:`InvitationView`, fresh from the backend). The form in correction mode for this invitation (an :class:`InvitationView`). The form with a refused invitation&apos;s saved details, to fix and send again (an :class:`InvitationCreate`). A write is in the outbox: the sync worker should send it now rather than at its next round. The backend&apos;s list from its last answer (None: it did not answer); the kiosk&apos;s rows merge into it. The ids of writes queued from this screen, so their outcome refreshes the list. (Resend then cancel of one invitation are two writes; each outcome settles its own.)</extracomment>
        <translation>Er wordt een nieuwe e-mail verstuurd; de lijst toont dit zodra de server het verzoek heeft ontvangen.</translation>
    </message>
    <message>
        <location filename="../ui/invitations_flow.py" line="189"/>
        <source>The invitation will be cancelled; the list shows it once the server has it.</source>
        <translation>De uitnodiging wordt ingetrokken; de lijst toont dit zodra de server het verzoek heeft ontvangen.</translation>
    </message>
</context>
<context>
    <name>InvitationsScreen</name>
    <message>
        <location filename="../ui/screens/invitations.py" line="76"/>
        <source>Waiting to send</source>
        <translation>In wachtrij</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="77"/>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="78"/>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="79"/>
        <source>Registered</source>
        <translation>Geregistreerd</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="80"/>
        <source>Already had an ID</source>
        <translation>Had al een ID</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="81"/>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="82"/>
        <source>Cancelled</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="83"/>
        <source>Delivery failed</source>
        <translation>Bezorging mislukt</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="84"/>
        <source>Needs attention</source>
        <translation>Actie vereist</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="90"/>
        <source>Check the address</source>
        <translation>Controleer het adres</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="91"/>
        <source>Details not accepted</source>
        <translation>Gegevens niet geaccepteerd</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="92"/>
        <source>Refused by the server</source>
        <translation>Geweigerd door de server</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="108"/>
        <source>Saved on this kiosk. It goes out as soon as the server can be reached.</source>
        <translation>Opgeslagen op deze kiosk. De uitnodiging wordt verstuurd zodra de server bereikbaar is.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="112"/>
        <source>The customer has not opened the invitation yet.</source>
        <translation>De klant heeft de uitnodiging nog niet geopend.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="114"/>
        <source>The customer opened the invitation but has not finished registering.</source>
        <translation>De klant heeft de uitnodiging geopend, maar de registratie nog niet afgerond.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="118"/>
        <source>The customer has registered.</source>
        <translation>De klant heeft zich geregistreerd.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="120"/>
        <source>The customer already had an ID; the vehicle was linked to it.</source>
        <translation>De klant had al een ID; het voertuig is eraan gekoppeld.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="124"/>
        <source>The invitation expired. Send a new one if the customer still wants an ID.</source>
        <translation>De uitnodiging is verlopen. Stuur een nieuwe als de klant nog een ID wil.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="128"/>
        <source>This invitation was cancelled.</source>
        <translation>Deze uitnodiging is ingetrokken.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="130"/>
        <source>The e-mail could not be delivered. Please check the address with the customer.</source>
        <translation>De e-mail kon niet worden bezorgd. Controleer het adres samen met de klant.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="134"/>
        <source>The server did not accept some of the details. Correct them and send it again.</source>
        <translation>De server heeft sommige gegevens niet geaccepteerd. Corrigeer ze en verstuur de uitnodiging opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="137"/>
        <source>The server refused this invitation. Check the details and send it again.</source>
        <translation>De server heeft deze uitnodiging geweigerd. Controleer de gegevens en verstuur de uitnodiging opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="151"/>
        <source>Yesterday</source>
        <translation>Gisteren</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="651"/>
        <location filename="../ui/screens/invitations.py" line="662"/>
        <source>Invitations</source>
        <translation>Uitnodigingen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="652"/>
        <source>Offline: showing only what this kiosk holds.</source>
        <translation>Offline: alleen wat op deze kiosk staat wordt getoond.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="654"/>
        <source>Search by name or e-mail</source>
        <translation>Zoeken op naam of e-mail</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="655"/>
        <source>Search invitations</source>
        <translation>Uitnodigingen zoeken</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="657"/>
        <source>Type part of a name or an e-mail address; the list shows the matches as you type.</source>
        <translation>Typ een deel van een naam of e-mailadres; de lijst toont de resultaten terwijl u typt.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="660"/>
        <source>Clear the search</source>
        <translation>Zoekopdracht wissen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="661"/>
        <source>Empties the search field; the list shows every invitation again</source>
        <translation>Maakt het zoekveld leeg; de lijst toont weer alle uitnodigingen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="664"/>
        <source>Newest first. Use the arrow keys to choose an invitation; its actions follow the list.</source>
        <translation>Nieuwste eerst. Kies een uitnodiging met de pijltjestoetsen; de acties volgen na de lijst.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="669"/>
        <source>Show QR code again</source>
        <translation>QR-code opnieuw tonen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="671"/>
        <source>Shows the invitation&apos;s QR code so the customer can scan it with a phone.</source>
        <translation>Toont de QR-code van de uitnodiging, zodat de klant die met een telefoon kan scannen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="673"/>
        <source>Resend</source>
        <translation>Opnieuw versturen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="675"/>
        <source>Sends the e-mail again with a new link and code; the old ones stop working.</source>
        <translation>Verstuurt de e-mail opnieuw met een nieuwe link en code; de oude werken dan niet meer.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="681"/>
        <source>Showroom figures</source>
        <translation>Cijfers van de vestiging</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="682"/>
        <location filename="../ui/screens/invitations.py" line="683"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="684"/>
        <source>Leaves the list of invitations.</source>
        <translation>Verlaat de lijst met uitnodigingen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="685"/>
        <location filename="../ui/screens/invitations.py" line="686"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="687"/>
        <source>Loads the invitations and the figures again.</source>
        <translation>Laadt de uitnodigingen en de cijfers opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="715"/>
        <source>Loading the invitations…</source>
        <translation>Uitnodigingen worden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="719"/>
        <source>No invitation matches “%1”.</source>
        <translation>Geen uitnodiging gevonden voor “%1”.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="721"/>
        <source>No invitations yet. The invitations you send appear here.</source>
        <translation>Nog geen uitnodigingen. De uitnodigingen die u verstuurt, verschijnen hier.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="723"/>
        <source>This kiosk holds no invitations. Those sent earlier show when the server can be reached.</source>
        <translation>Op deze kiosk staan geen uitnodigingen. Eerder verstuurde uitnodigingen verschijnen zodra de server bereikbaar is.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="731"/>
        <source>No invitation chosen</source>
        <translation>Geen uitnodiging gekozen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="732"/>
        <source>Choose one in the list to see what you can do with it.</source>
        <translation>Kies er een in de lijst om te zien wat u ermee kunt doen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="742"/>
        <source>Correct the details</source>
        <translation>Gegevens corrigeren</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="744"/>
        <source>Opens the details saved on this kiosk to fix them and send the invitation again.</source>
        <translation>Opent de op deze kiosk opgeslagen gegevens om ze te corrigeren en de uitnodiging opnieuw te versturen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="747"/>
        <source>Correct e-mail</source>
        <translation>E-mail corrigeren</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="749"/>
        <source>Opens the invitation to correct the e-mail address; the old link and code stop working.</source>
        <translation>Opent de uitnodiging om het e-mailadres te corrigeren; de oude link en code werken dan niet meer.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="757"/>
        <source>Confirm cancel</source>
        <translation>Intrekken bevestigen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="759"/>
        <source>Press again within 5 seconds to cancel the invitation; its link and code stop working.</source>
        <translation>Druk binnen 5 seconden nogmaals om de uitnodiging in te trekken; de link en code werken dan niet meer.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="762"/>
        <source>Cancel invitation</source>
        <translation>Uitnodiging intrekken</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="764"/>
        <source>Withdraws the invitation: its link and code stop working. You confirm with a second press.</source>
        <translation>Trekt de uitnodiging in: de link en code werken dan niet meer. U bevestigt door nogmaals te drukken.</translation>
    </message>
</context>
<context>
    <name>Journey</name>
    <message>
        <location filename="../ui/journey.py" line="611"/>
        <source>A new code is on its way to %1. It replaces the old one.</source>
        <extracomment>Ask for a new QR link this long before the current one expires, so a phone never scans a dead one. How long a salesperson waits to hear &quot;sent&quot; before being told &quot;saved, will be sent later&quot;. Not confirmed yet, but safely saved: the screen says it will go when the connection is back. Wrong admin PINs are counted across wipes (a wipe must not reset the lockout). The salesperson signed in, named on every staff action (None: nobody is). The language the salesperson signed in with: their screens come back to it. A walk-in&apos;s registration being sent: the same details again reuse its id (no double account).</extracomment>
        <translation>Er is een nieuwe code onderweg naar %1. Deze vervangt de oude.</translation>
    </message>
    <message>
        <location filename="../ui/journey.py" line="795"/>
        <source>This showroom cannot create accounts at the kiosk. Please ask one of our salespeople.</source>
        <translation>In deze vestiging kunnen bij de kiosk geen accounts worden aangemaakt. Een van onze verkoopadviseurs helpt u graag.</translation>
    </message>
    <message>
        <location filename="../ui/journey.py" line="800"/>
        <source>The kiosk cannot reach the server right now, so nothing was sent. Please try again in a moment, or ask one of our salespeople.</source>
        <translation>De kiosk kan de server op dit moment niet bereiken, daarom is er niets verstuurd. Probeer het zo opnieuw of vraag een van onze verkoopadviseurs om hulp.</translation>
    </message>
    <message>
        <location filename="../ui/journey.py" line="849"/>
        <source>The server refused this invitation. Fix the details, then send it again.</source>
        <translation>De server heeft deze uitnodiging geweigerd. Corrigeer de gegevens en verstuur de uitnodiging daarna opnieuw.</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <location filename="../ui/widgets/language_bar.py" line="50"/>
        <source>Show the kiosk in this language</source>
        <translation>De kiosk in deze taal weergeven</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../ui/messages.py" line="22"/>
        <source>Please enter the first name.</source>
        <translation>Vul de voornaam in.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="23"/>
        <source>Please enter the last name.</source>
        <translation>Vul de achternaam in.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="24"/>
        <source>Please enter the e-mail address.</source>
        <translation>Vul het e-mailadres in.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="25"/>
        <source>This field is required.</source>
        <translation>Dit veld is verplicht.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="27"/>
        <source>This is too long.</source>
        <translation>Dit is te lang.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="29"/>
        <source>Please use letters only (spaces, hyphens and apostrophes are fine).</source>
        <translation>Gebruik alleen letters (spaties, koppeltekens en apostrofs zijn toegestaan).</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="33"/>
        <source>This is not a mobile number we can use, e.g. %1.</source>
        <translation>Dit is geen bruikbaar mobiel nummer, bijv. %1.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="37"/>
        <source>A VIN has 17 letters and digits (never I, O or Q).</source>
        <translation>Een chassisnummer (VIN) heeft 17 letters en cijfers (nooit I, O of Q).</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="39"/>
        <source>Please use letters and digits only.</source>
        <translation>Gebruik alleen letters en cijfers.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="41"/>
        <source>This is not a valid e-mail address, e.g. name@example.com.</source>
        <translation>Dit is geen geldig e-mailadres, bijv. naam@example.com.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="42"/>
        <source>Please check this field.</source>
        <translation>Controleer dit veld.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="47"/>
        <source>At least 8 characters</source>
        <translation>Minimaal 8 tekens</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="48"/>
        <source>At least one uppercase letter</source>
        <translation>Minimaal één hoofdletter</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="49"/>
        <source>At least one digit</source>
        <translation>Minimaal één cijfer</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="50"/>
        <source>At least one special character (e.g. ! § $ % &amp; ?)</source>
        <translation>Minimaal één speciaal teken (bijv. ! § $ % &amp; ?)</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="53"/>
        <source>This is one of the most common passwords. Please choose one that is harder to guess.</source>
        <translation>Dit is een van de meest gebruikte wachtwoorden. Kies een wachtwoord dat moeilijker te raden is.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="60"/>
        <source>Saved, not sent yet: the server cannot be reached. The invitation goes out by itself as soon as the connection is back.</source>
        <translation>Opgeslagen, nog niet verstuurd: de server is niet bereikbaar. De uitnodiging wordt automatisch verstuurd zodra de verbinding hersteld is.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="68"/>
        <source>Saved, not sent yet: the server cannot be reached. The invitation goes to the corrected address as soon as the connection is back.</source>
        <translation>Opgeslagen, nog niet verstuurd: de server is niet bereikbaar. De uitnodiging gaat naar het gecorrigeerde adres zodra de verbinding hersteld is.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="76"/>
        <source>The server cannot be reached right now. A new code will be e-mailed as soon as the connection is back.</source>
        <translation>De server is op dit moment niet bereikbaar. Zodra de verbinding hersteld is, wordt er een nieuwe code per e-mail verstuurd.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="83"/>
        <source>The server cannot be reached right now, so the registration cannot be finished here. Nothing was saved. Please try again in a moment, scan the QR code with your phone, or finish later with the link in the e-mail.</source>
        <translation>De server is op dit moment niet bereikbaar, daarom kan de registratie hier niet worden afgerond. Er is niets opgeslagen. Probeer het zo opnieuw, scan de QR-code met uw telefoon of rond de registratie later af via de link in de e-mail.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="94"/>
        <source>This kiosk could not save the details. Nothing was sent; please call your administrator.</source>
        <translation>Deze kiosk kon de gegevens niet opslaan. Er is niets verstuurd; neem contact op met uw beheerder.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="98"/>
        <source>The kiosk cannot reach the server right now. Nothing was sent; please try again.</source>
        <translation>De kiosk kan de server op dit moment niet bereiken. Er is niets verstuurd; probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="102"/>
        <source>That code is not right. Tries left: %1.</source>
        <translation>Deze code klopt niet. Resterende pogingen: %1.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="107"/>
        <source>Several codes were sent already. Please try again in %1 minutes.</source>
        <translation>Er zijn al meerdere codes verstuurd. Probeer het over %1 minuten opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="112"/>
        <source>This code can no longer be used. Please ask for a new one.</source>
        <translation>Deze code is niet meer geldig. Vraag een nieuwe code aan.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="115"/>
        <source>Please enter the code from the e-mail first.</source>
        <translation>Voer eerst de code uit de e-mail in.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="118"/>
        <source>This e-mail address already has an ID. Please sign in with it.</source>
        <translation>Voor dit e-mailadres bestaat al een ID. Meld u daarmee aan.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="121"/>
        <source>This registration is already complete.</source>
        <translation>Deze registratie is al afgerond.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="124"/>
        <source>This invitation has expired or was withdrawn. Please send a new one.</source>
        <translation>Deze uitnodiging is verlopen of ingetrokken. Stuur een nieuwe uitnodiging.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="127"/>
        <source>Please accept the terms of use to continue.</source>
        <translation>Ga akkoord met de gebruiksvoorwaarden om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="130"/>
        <source>The password does not meet all the rules listed.</source>
        <translation>Het wachtwoord voldoet niet aan alle genoemde regels.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="133"/>
        <source>Some details were not accepted. Please check the form.</source>
        <translation>Sommige gegevens zijn niet geaccepteerd. Controleer het formulier.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="136"/>
        <source>This kiosk is not enrolled. Please call your administrator.</source>
        <translation>Deze kiosk is niet geregistreerd. Neem contact op met uw beheerder.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="139"/>
        <source>The server does not know this invitation. Please start again.</source>
        <translation>De server kent deze uitnodiging niet. Begin opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="142"/>
        <source>You can no longer act at this showroom. Nothing was sent; please ask your administrator.</source>
        <translation>U bent niet meer bevoegd voor deze vestiging. Er is niets verstuurd; neem contact op met uw beheerder.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="145"/>
        <source>The server refused the request.</source>
        <translation>De server heeft het verzoek geweigerd.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="147"/>
        <source>The server had a problem. Please try again in a moment.</source>
        <translation>Er is een probleem met de server. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="148"/>
        <source>Something went wrong. Please try again.</source>
        <translation>Er is iets misgegaan. Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="342"/>
        <source>Delete</source>
        <extracomment>The three rows of letters, as each language&apos;s own keyboards have them. Digits first, then every special character of the password rules&apos; example (``!§$%&amp;?``) and more. Letters with accents, for the names of customers from anywhere (Hélène, Zoë, Åsa on any layout). Fields that ask for these start on the page of digits. Set to True on a field that has keys of its own next to it (the PIN pad): no keyboard for it. Shown or hidden (the window lays out the screens above it again). The keys of the current page, by the character they type.</extracomment>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="342"/>
        <source>Deletes the character before the cursor</source>
        <translation>Wist het teken vóór de cursor</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="343"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="343"/>
        <source>Does what the Enter key does in this field</source>
        <translation>Doet wat de Enter-toets in dit veld doet</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="344"/>
        <source>Capital letter</source>
        <translation>Hoofdletter</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="344"/>
        <source>The next letter is a capital</source>
        <translation>De volgende letter wordt een hoofdletter</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="345"/>
        <source>Digits and symbols</source>
        <translation>Cijfers en symbolen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="345"/>
        <source>Switches between letters and digits with symbols</source>
        <translation>Wisselt tussen letters en cijfers met symbolen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="346"/>
        <source>Letters with accents</source>
        <translation>Letters met accenten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="346"/>
        <source>Switches to letters with accents and back</source>
        <translation>Wisselt naar letters met accenten en terug</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="347"/>
        <source>Types an at sign, as in an e-mail address</source>
        <translation>Typt een apenstaartje, zoals in een e-mailadres</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="348"/>
        <source>Space</source>
        <translation>Spatie</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="348"/>
        <source>Types a space</source>
        <translation>Typt een spatie</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="349"/>
        <source>Dot</source>
        <translation>Punt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="349"/>
        <source>Types a dot</source>
        <translation>Typt een punt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="350"/>
        <source>Hyphen</source>
        <translation>Koppelteken</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="350"/>
        <source>Types a hyphen</source>
        <translation>Typt een koppelteken</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="351"/>
        <source>Hide the keyboard</source>
        <translation>Toetsenbord verbergen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="351"/>
        <source>Touch a field to bring it back</source>
        <translation>Raak een veld aan om het terug te halen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="359"/>
        <source>Types this character</source>
        <translation>Typt dit teken</translation>
    </message>
</context>
<context>
    <name>PasswordChecklist</name>
    <message>
        <location filename="../ui/widgets/password_checklist.py" line="52"/>
        <source>%1: met</source>
        <translation>%1: voldaan</translation>
    </message>
    <message>
        <location filename="../ui/widgets/password_checklist.py" line="54"/>
        <source>%1: not met yet</source>
        <translation>%1: nog niet voldaan</translation>
    </message>
    <message>
        <location filename="../ui/widgets/password_checklist.py" line="59"/>
        <source>Password rules</source>
        <translation>Wachtwoordregels</translation>
    </message>
    <message>
        <location filename="../ui/widgets/password_checklist.py" line="62"/>
        <source>%1 of %2 rules met.</source>
        <translation>Aan %1 van %2 regels voldaan.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../ui/widgets/pin_pad.py" line="44"/>
        <source>Type this digit into the PIN</source>
        <translation>Dit cijfer aan de PIN toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/pin_pad.py" line="45"/>
        <source>Delete last digit</source>
        <translation>Laatste cijfer wissen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/pin_pad.py" line="46"/>
        <source>Removes the last digit of the PIN</source>
        <translation>Verwijdert het laatste cijfer van de PIN</translation>
    </message>
</context>
<context>
    <name>RegisteredScreen</name>
    <message>
        <location filename="../ui/screens/registered.py" line="70"/>
        <source>Already registered</source>
        <translation>Al geregistreerd</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="72"/>
        <source>%1 already has a %2 with this e-mail address, so no new one is needed. We have let them know by e-mail.</source>
        <translation>%1 heeft al een %2 met dit e-mailadres, dus een nieuwe is niet nodig. We hebben hierover een e-mail gestuurd.</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="76"/>
        <source>Registered</source>
        <translation>Geregistreerd</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="77"/>
        <source>Thank you, %1. Your %2 is ready: sign in with your e-mail address and your new password.</source>
        <translation>Bedankt, %1. Uw %2 is klaar: meld u aan met uw e-mailadres en uw nieuwe wachtwoord.</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="79"/>
        <source>Your user name: %1</source>
        <translation>Uw gebruikersnaam: %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="81"/>
        <source>Success</source>
        <translation>Gelukt</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="82"/>
        <location filename="../ui/screens/registered.py" line="83"/>
        <source>Next customer</source>
        <translation>Volgende klant</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="84"/>
        <source>Hands the kiosk back to the salesperson.</source>
        <translation>Geeft de kiosk terug aan de verkoopadviseur.</translation>
    </message>
</context>
<context>
    <name>SelfRegistrationScreen</name>
    <message>
        <location filename="../ui/screens/self_registration.py" line="131"/>
        <source>Sending…</source>
        <extracomment>(first name, last name, e-mail, news by e-mail): the window adds the id and the language. In correction mode: the corrected address for the registration already sent.</extracomment>
        <translation>Wordt verstuurd…</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="133"/>
        <location filename="../ui/screens/self_registration.py" line="228"/>
        <source>Send to this address</source>
        <translation>Naar dit adres sturen</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="135"/>
        <location filename="../ui/screens/self_registration.py" line="234"/>
        <source>Create my %1</source>
        <translation>Mijn %1 aanmaken</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="164"/>
        <source>Please read the privacy notice above, then tick this box.</source>
        <translation>Lees eerst de privacyverklaring hierboven en vink dan dit vakje aan.</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="194"/>
        <source>Correct your e-mail address</source>
        <translation>Uw e-mailadres corrigeren</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="197"/>
        <source>Only the e-mail address can change. We send a new code to the corrected address; the code sent before stops working.</source>
        <translation>Alleen het e-mailadres kan worden gewijzigd. We sturen een nieuwe code naar het gecorrigeerde adres; de eerder gestuurde code werkt niet meer.</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="202"/>
        <source>Create your %1</source>
        <translation>Uw %1 aanmaken</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="205"/>
        <source>Your e-mail address becomes your user name. We send you a code to confirm it; then you choose a password here, or finish on your phone.</source>
        <translation>Uw e-mailadres wordt uw gebruikersnaam. We sturen u een code om het te bevestigen; daarna kiest u hier een wachtwoord of rondt u af op uw telefoon.</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="209"/>
        <source>&amp;First name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="209"/>
        <source>Your first name, as on your ID card</source>
        <translation>Uw voornaam zoals op uw identiteitsbewijs</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="210"/>
        <source>&amp;Last name</source>
        <translation>&amp;Achternaam</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="210"/>
        <source>Your last name, as on your ID card</source>
        <translation>Uw achternaam zoals op uw identiteitsbewijs</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="211"/>
        <source>&amp;E-mail address</source>
        <translation>&amp;E-mailadres</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="211"/>
        <source>Becomes your user name; it cannot be changed later</source>
        <translation>Wordt uw gebruikersnaam en kan later niet worden gewijzigd</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="214"/>
        <source>This showroom keeps your name and e-mail address to create your account and to help you with your car. You can ask the staff for the full privacy notice at any time.</source>
        <translation>Deze vestiging bewaart uw naam en e-mailadres om uw account aan te maken en u te helpen met uw auto. U kunt de volledige privacyverklaring altijd bij onze medewerkers opvragen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="218"/>
        <source>I have read how my details are used</source>
        <translation>Ik heb gelezen hoe mijn gegevens worden gebruikt</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="220"/>
        <source>Required to create the account</source>
        <translation>Vereist om het account aan te maken</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="221"/>
        <source>Send me news and offers by e-mail (you can stop them at any time)</source>
        <translation>Stuur mij nieuws en aanbiedingen per e-mail (u kunt zich altijd afmelden)</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="223"/>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="224"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="227"/>
        <source>Returns to the choice of how to finish; nothing is changed</source>
        <translation>Gaat terug naar de keuze hoe u afrondt; er verandert niets</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="230"/>
        <source>Sends a new code to the corrected address; the old code stops working</source>
        <translation>Stuurt een nieuwe code naar het gecorrigeerde adres; de oude code werkt niet meer</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="233"/>
        <source>Returns to the welcome screen; nothing is sent</source>
        <translation>Gaat terug naar het welkomstscherm; er wordt niets verstuurd</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="235"/>
        <source>Sends you an e-mail with a code to confirm your address</source>
        <translation>Stuurt u een e-mail met een code om uw adres te bevestigen</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../ui/screens/sign_in.py" line="270"/>
        <source>Checking…</source>
        <extracomment>The backend allows PINs of 4 to 8 digits. The PIN column: three keys a thumb hits easily, and the spacing between them. (salesperson id, PIN)</extracomment>
        <translation>Controleren…</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="270"/>
        <location filename="../ui/screens/sign_in.py" line="271"/>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="272"/>
        <source>Checks your PIN and opens the form for inviting a customer</source>
        <translation>Controleert uw PIN en opent het formulier om een klant uit te nodigen</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="275"/>
        <source>Staff sign-in</source>
        <translation>Aanmelden voor medewerkers</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="276"/>
        <source>Who are you?</source>
        <translation>Wie bent u?</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="277"/>
        <source>Your &amp;PIN</source>
        <translation>Uw &amp;PIN</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="278"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="279"/>
        <source>Your PIN of 4 to 8 digits; Enter signs you in</source>
        <translation>Uw PIN van 4 tot 8 cijfers; met Enter meldt u zich aan</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="281"/>
        <source>Loading the staff list…</source>
        <translation>Medewerkerslijst wordt geladen…</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="283"/>
        <source>The staff list could not be loaded: the kiosk cannot reach the server.</source>
        <translation>De medewerkerslijst kon niet worden geladen: de kiosk kan de server niet bereiken.</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="285"/>
        <source>No salespeople are set up for this showroom yet. Please ask your administrator.</source>
        <translation>Voor deze vestiging zijn nog geen verkoopadviseurs ingesteld. Neem contact op met uw beheerder.</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="290"/>
        <location filename="../ui/screens/sign_in.py" line="291"/>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="292"/>
        <source>Loads the staff list again</source>
        <translation>Laadt de medewerkerslijst opnieuw</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="293"/>
        <location filename="../ui/screens/sign_in.py" line="294"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="295"/>
        <source>Back to the welcome screen</source>
        <translation>Terug naar het welkomstscherm</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="305"/>
        <source>Choose your name, then enter your PIN</source>
        <translation>Kies uw naam en voer dan uw PIN in</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="313"/>
        <source>That PIN is not right. One more wrong PIN locks sign-in for a few minutes.</source>
        <translation>Deze PIN klopt niet. Na nog één onjuiste PIN wordt aanmelden enkele minuten geblokkeerd.</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="314"/>
        <source>That PIN is not right. Please try again.</source>
        <translation>Deze PIN klopt niet. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="318"/>
        <source>Too many wrong PINs. Sign-in is locked for %1 min.</source>
        <translation>Te vaak een onjuiste PIN ingevoerd. Aanmelden is %1 min. geblokkeerd.</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="319"/>
        <source>You can no longer sign in at this showroom. Please ask your administrator.</source>
        <translation>U kunt zich niet meer aanmelden bij deze vestiging. Neem contact op met uw beheerder.</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../ui/widgets/still_there.py" line="62"/>
        <source>Are you still there?</source>
        <translation>Bent u er nog?</translation>
    </message>
    <message>
        <location filename="../ui/widgets/still_there.py" line="64"/>
        <source>For your privacy, this screen is cleared in %1 s. Touch the screen to continue.</source>
        <translation>Voor uw privacy wordt dit scherm over %1 s gewist. Raak het scherm aan om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/still_there.py" line="68"/>
        <location filename="../ui/widgets/still_there.py" line="69"/>
        <source>I am still here</source>
        <translation>Ik ben er nog</translation>
    </message>
    <message>
        <location filename="../ui/widgets/still_there.py" line="70"/>
        <source>Keeps everything on the screen and carries on</source>
        <translation>Bewaart alles op het scherm en gaat verder</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="89"/>
        <source>Shows or hides the details</source>
        <translation>Toont of verbergt de details</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="90"/>
        <location filename="../ui/widgets/sync_indicator.py" line="91"/>
        <source>Try sending now</source>
        <translation>Nu versturen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="92"/>
        <source>Sends what is waiting without waiting for the next try</source>
        <translation>Verstuurt wat in de wachtrij staat zonder op de volgende poging te wachten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="94"/>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="95"/>
        <source>Waiting to send</source>
        <translation>In wachtrij</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="96"/>
        <source>Last sent</source>
        <translation>Laatst verstuurd</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="97"/>
        <source>Needs attention</source>
        <translation>Actie vereist</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="98"/>
        <source>Last problem</source>
        <translation>Laatste probleem</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="103"/>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="103"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="103"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="113"/>
        <source>Waiting to send: %1 (oldest %2)</source>
        <translation>In wachtrij: %1 (oudste van %2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="118"/>
        <source>All sent, last at %1</source>
        <translation>Alles verstuurd, laatst om %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="120"/>
        <source>Needs attention: %1</source>
        <translation>Actie vereist: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="126"/>
        <source> (oldest %1)</source>
        <translation> (oudste van %1)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="88"/>
        <source>Connection and sending</source>
        <translation>Verbinding en verzending</translation>
    </message>
</context>
<context>
    <name>VerifyCodeScreen</name>
    <message>
        <location filename="../ui/screens/verify_code.py" line="354"/>
        <source>Enter your code</source>
        <translation>Voer uw code in</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="276"/>
        <source>That code is not right. Please check it and try again.</source>
        <extracomment>Wide enough for &quot;123 456&quot; in a large font; a code is no sentence. &quot;Not your e-mail?&quot;: the salesperson corrects the address. Back to the hand-off, whose other ways to finish (phone, later from the e-mail) still work. The customer cannot finish through this invitation (expired, withdrawn, already done): back to the salesperson, who can send a new one. The same button under the name the issue gives it.</extracomment>
        <translation>Deze code klopt niet. Controleer de code en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="283"/>
        <source>Several new codes were sent already. Please enter the code from the newest e-mail, or ask for another one in %1 minutes.</source>
        <translation>Er zijn al meerdere nieuwe codes verstuurd. Voer de code uit de nieuwste e-mail in of vraag over %1 minuten een nieuwe code aan.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="289"/>
        <source>This code can no longer be used: it was typed wrong too often, or a newer one was sent. Please ask for a new code.</source>
        <translation>Deze code is niet meer geldig: hij is te vaak onjuist ingevoerd of er is een nieuwere verstuurd. Vraag een nieuwe code aan.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="293"/>
        <source>This invitation has expired or was withdrawn, so it can no longer be used. Please ask the salesperson to send you a new one.</source>
        <translation>Deze uitnodiging is verlopen of ingetrokken en kan niet meer worden gebruikt. Vraag de verkoopadviseur om u een nieuwe te sturen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="297"/>
        <source>The server does not know this invitation. Please ask the salesperson to send you a new one.</source>
        <translation>De server kent deze uitnodiging niet. Vraag de verkoopadviseur om u een nieuwe te sturen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="300"/>
        <source>This registration is already complete. Sign in with your e-mail address and the password you chose.</source>
        <translation>Deze registratie is al afgerond. Meld u aan met uw e-mailadres en het wachtwoord dat u hebt gekozen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="304"/>
        <source>The kiosk cannot reach the server right now, so the code cannot be checked. Please try again in a moment, or finish on your phone or later with the link in the e-mail.</source>
        <translation>De kiosk kan de server op dit moment niet bereiken, daarom kan de code niet worden gecontroleerd. Probeer het zo opnieuw, of rond de registratie af op uw telefoon of later via de link in de e-mail.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="308"/>
        <source>The server had a problem checking the code. Please try again in a moment, or finish on your phone or later with the link in the e-mail.</source>
        <translation>Er was een probleem met de server bij het controleren van de code. Probeer het zo opnieuw, of rond de registratie af op uw telefoon of later via de link in de e-mail.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="312"/>
        <source>This kiosk cannot check codes right now. Please finish on your phone or later with the link in the e-mail.</source>
        <translation>Deze kiosk kan op dit moment geen codes controleren. Rond de registratie af op uw telefoon of later via de link in de e-mail.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="316"/>
        <source>This kiosk could not ask for a new code. Please finish on your phone or later with the link in the e-mail.</source>
        <translation>Deze kiosk kon geen nieuwe code aanvragen. Rond de registratie af op uw telefoon of later via de link in de e-mail.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="320"/>
        <source>Something went wrong. Please try again, or finish on your phone or later with the link in the e-mail.</source>
        <translation>Er is iets misgegaan. Probeer het opnieuw, of rond de registratie af op uw telefoon of later via de link in de e-mail.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="335"/>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="355"/>
        <source>We e-mailed a 6-digit code to %1.</source>
        <translation>We hebben een code van 6 cijfers naar %1 gestuurd.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="356"/>
        <source>Enter it here to show the address is yours.</source>
        <translation>Voer deze hier in om te bevestigen dat het adres van u is.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="357"/>
        <location filename="../ui/screens/verify_code.py" line="358"/>
        <source>Not your e-mail?</source>
        <translation>Niet uw e-mailadres?</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="361"/>
        <source>Lets you correct your e-mail address; a new code is sent.</source>
        <translation>Hiermee corrigeert u uw e-mailadres; er wordt een nieuwe code gestuurd.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="365"/>
        <source>Calls the salesperson, who corrects the e-mail address.</source>
        <translation>Vraagt de verkoopadviseur om het e-mailadres te corrigeren.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="367"/>
        <source>&amp;Code from the e-mail</source>
        <translation>&amp;Code uit de e-mail</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="368"/>
        <source>Code from the e-mail</source>
        <translation>Code uit de e-mail</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="369"/>
        <source>6 digits; a space in the middle is fine.</source>
        <translation>6 cijfers; een spatie in het midden mag.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="370"/>
        <source>123 456</source>
        <translation>123 456</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="371"/>
        <location filename="../ui/screens/verify_code.py" line="372"/>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="373"/>
        <source>Checks the same code again.</source>
        <translation>Controleert dezelfde code opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="374"/>
        <location filename="../ui/screens/verify_code.py" line="375"/>
        <source>Send me a new code</source>
        <translation>Stuur mij een nieuwe code</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="376"/>
        <location filename="../ui/screens/verify_code.py" line="392"/>
        <source>E-mails a new code; the old one stops working.</source>
        <translation>Stuurt een nieuwe code per e-mail; de oude werkt dan niet meer.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="377"/>
        <location filename="../ui/screens/verify_code.py" line="378"/>
        <source>Use my phone or finish later</source>
        <translation>Mijn telefoon gebruiken of later afronden</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="380"/>
        <source>Back to the choices: scan a QR code with your phone, or use the link in the e-mail later.</source>
        <translation>Terug naar de keuzes: scan een QR-code met uw telefoon of gebruik later de link in de e-mail.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="382"/>
        <location filename="../ui/screens/verify_code.py" line="383"/>
        <source>Back to the salesperson</source>
        <translation>Terug naar de verkoopadviseur</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="385"/>
        <source>Hands the kiosk back to the salesperson, who can send a new invitation.</source>
        <translation>Geeft de kiosk terug aan de verkoopadviseur, die een nieuwe uitnodiging kan versturen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="393"/>
        <source>Checks the code and goes on to choosing a password.</source>
        <translation>Controleert de code en gaat verder met het kiezen van een wachtwoord.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="387"/>
        <location filename="../ui/screens/verify_code.py" line="388"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="389"/>
        <source>Back to the choices: here, on your phone, or later.</source>
        <translation>Terug naar de keuzes: hier, op uw telefoon of later.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="390"/>
        <location filename="../ui/screens/verify_code.py" line="391"/>
        <source>Send a new code</source>
        <translation>Nieuwe code versturen</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="335"/>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../ui/screens/welcome.py" line="112"/>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="114"/>
        <source>Your %1 is your personal account for Porsche&apos;s services and apps, for you and your car.</source>
        <translation>Uw %1 is uw persoonlijke account voor de diensten en apps van Porsche, voor u en uw auto.</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="118"/>
        <source>Create your %1</source>
        <translation>Uw %1 aanmaken</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="120"/>
        <source>Register here at the kiosk, without a salesperson</source>
        <translation>Hier bij de kiosk registreren, zonder verkoopadviseur</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="122"/>
        <source>To create your %1, please ask one of our salespeople.</source>
        <translation>Voor het aanmaken van uw %1 helpt een van onze verkoopadviseurs u graag.</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="124"/>
        <source>What is a %1?</source>
        <translation>Wat is een %1?</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="126"/>
        <source>A short explanation of the account</source>
        <translation>Een korte uitleg over het account</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="127"/>
        <source>How registration works</source>
        <translation>Zo werkt de registratie</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="129"/>
        <source>The steps from invitation to password</source>
        <translation>De stappen van uitnodiging tot wachtwoord</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="130"/>
        <source>Staff</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="131"/>
        <source>Staff sign-in</source>
        <translation>Aanmelden voor medewerkers</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="132"/>
        <source>For salespeople of this showroom</source>
        <translation>Voor verkoopadviseurs van deze vestiging</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="133"/>
        <source>Three steps</source>
        <translation>Drie stappen</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="135"/>
        <source>You receive an e-mail from us with a 6-digit code.</source>
        <translation>U ontvangt van ons een e-mail met een code van 6 cijfers.</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="136"/>
        <source>Finish here with the code, or scan a QR code and finish on your phone.</source>
        <translation>Rond hier af met de code, of via een QR-code op uw telefoon.</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="137"/>
        <source>Choose your password. Your e-mail address is your user name.</source>
        <translation>Kies uw wachtwoord. Uw e-mailadres is uw gebruikersnaam.</translation>
    </message>
</context>
</TS>
