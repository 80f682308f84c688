<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutIdPage</name>
    <message>
        <location filename="../ui/screens/info_pages.py" line="75"/>
        <source>What is a %1?</source>
        <translation>Wat is een %1?</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="77"/>
        <source>Your %1 is one personal account for Porsche&apos;s online services and apps.</source>
        <translation>Uw %1 is één persoonlijk account voor alle onlinediensten en apps van Porsche.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="79"/>
        <source>Your user name is your e-mail address. We check it is yours by sending you a code, and it cannot be changed later: please use an address you will keep.</source>
        <translation>Uw gebruikersnaam is uw e-mailadres. We sturen u een code om te controleren of het adres van u is. Het adres kan later niet meer worden gewijzigd: kies daarom een adres dat u blijft gebruiken.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="83"/>
        <source>Your %1 is registered in the country of the Porsche Center that invites you, and you decide which news you would like to receive.</source>
        <translation>Uw %1 wordt geregistreerd in het land van het Porsche Centrum dat u uitnodigt, en u bepaalt zelf welk nieuws u wilt ontvangen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="86"/>
        <source>Forgot your password? You can set a new one at any time with a link we e-mail to you.</source>
        <translation>Wachtwoord vergeten? U kunt altijd een nieuw wachtwoord instellen via een link die we u per e-mail sturen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="88"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>AdminScreen</name>
    <message>
        <location filename="../ui/screens/admin.py" line="589"/>
        <source>Too many wrong PINs. Admin is locked for %1 min.</source>
        <extracomment>The PIN column: three keys a thumb hits easily, and the spacing between them (as on staff sign-in). The column of sections on the left. Readable line length for a section&apos;s content. How long &quot;Quit kiosk&quot; stays armed after the first press. The seconds settings, with the step of their − and + keys. The PIN typed on the PIN step (the window checks it with ``kiosk.admin_pin.AdminPinGuard``). Settings to store, by their names in :class:`kiosk.config.KioskSettings` (already checked). The backend address to test (checked to be http(s)://…). (backend address, enrolment code) The Diagnostics section was opened: the window answers with :meth:`show_diagnostics`. A new admin PIN that passed the rules, typed twice alike (the window hashes and stores it). How long &quot;Quit kiosk&quot; stays armed after the first press.</extracomment>
        <translation>Te vaak een onjuiste PIN ingevoerd. Beheer is %1 min. geblokkeerd.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="591"/>
        <source>That PIN is not right. One more wrong PIN locks admin for a few minutes.</source>
        <translation>Deze PIN klopt niet. Na nog één onjuiste PIN wordt beheer enkele minuten geblokkeerd.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="593"/>
        <source>That PIN is not right. Please try again.</source>
        <translation>Deze PIN klopt niet. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="903"/>
        <source>This kiosk is now enrolled at %1.</source>
        <translation>Deze kiosk is nu geregistreerd bij %1.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="901"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="905"/>
        <source>The admin PIN was changed. Use the new PIN from now on.</source>
        <translation>De beheerders-PIN is gewijzigd. Gebruik voortaan de nieuwe PIN.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="907"/>
        <source>The server address under Connection is not valid. Please correct it first.</source>
        <translation>Het serveradres onder Verbinding is ongeldig. Corrigeer het eerst.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="808"/>
        <source>Server: %1 (change it under Connection)</source>
        <translation>Server: %1 (wijzigen onder Verbinding)</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="814"/>
        <source>Please enter the server&apos;s address.</source>
        <translation>Vul het adres van de server in.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="816"/>
        <source>The address starts with http:// or https://, e.g. https://onboarding.example.com.</source>
        <translation>Het adres begint met http:// of https://, bijv. https://onboarding.example.com.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="818"/>
        <source>Only the server&apos;s address, please: no user name, password, “?” or “#”.</source>
        <translation>Alleen het adres van de server: geen gebruikersnaam, wachtwoord, “?” of “#”.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="819"/>
        <source>This is not a complete address, e.g. https://onboarding.example.com.</source>
        <translation>Dit is geen volledig adres, bijv. https://onboarding.example.com.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="829"/>
        <source>Please enter the enrolment code.</source>
        <translation>Vul de registratiecode in.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="838"/>
        <source>Please choose between %1 and %2 seconds.</source>
        <translation>Kies een waarde tussen %1 en %2 seconden.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="862"/>
        <source>The two PINs are not the same.</source>
        <translation>De twee PIN&apos;s komen niet overeen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="868"/>
        <source>Please use %1 to %2 digits.</source>
        <translation>Gebruik %1 tot %2 cijfers.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="873"/>
        <source>Repeated digits or patterns (000000, 121212) are too easy to guess.</source>
        <translation>Herhaalde cijfers of patronen (000000, 121212) zijn te makkelijk te raden.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="875"/>
        <source>Digits counting up or down (123456, 987654) are too easy to guess.</source>
        <translation>Oplopende of aflopende cijferreeksen (123456, 987654) zijn te makkelijk te raden.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="876"/>
        <source>This is one of the PINs people try first. Please choose another.</source>
        <translation>Dit is een van de PIN&apos;s die als eerste worden geprobeerd. Kies een andere.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="920"/>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="920"/>
        <location filename="../ui/screens/admin.py" line="997"/>
        <source>Open admin</source>
        <translation>Beheer openen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="932"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="938"/>
        <location filename="../ui/screens/admin.py" line="976"/>
        <source>Admin</source>
        <translation>Beheer</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="940"/>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="940"/>
        <source>The server this kiosk sends everything to</source>
        <translation>De server waarnaar deze kiosk alles verstuurt</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="941"/>
        <source>Enrolment</source>
        <translation>Registratie</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="941"/>
        <source>The showroom this kiosk belongs to</source>
        <translation>De vestiging waartoe deze kiosk behoort</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="942"/>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="942"/>
        <source>Language, time-outs and how the kiosk is shown</source>
        <translation>Taal, time-outs en weergave van de kiosk</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="943"/>
        <location filename="../ui/screens/admin.py" line="993"/>
        <source>Admin PIN</source>
        <translation>Beheerders-PIN</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="943"/>
        <source>Change the PIN that opens this screen</source>
        <translation>De PIN wijzigen waarmee dit scherm opent</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="944"/>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="944"/>
        <source>Versions, what is waiting to be sent, logs</source>
        <translation>Versies, wat nog verstuurd moet worden, logs</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="952"/>
        <location filename="../ui/screens/admin.py" line="953"/>
        <source>Leave admin</source>
        <translation>Beheer verlaten</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="954"/>
        <source>Back to the kiosk; the admin PIN is asked again</source>
        <translation>Terug naar de kiosk; de beheerders-PIN wordt opnieuw gevraagd</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="956"/>
        <source>Press again to quit</source>
        <translation>Druk nogmaals om af te sluiten</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="958"/>
        <source>Press again within 5 seconds to close the kiosk program</source>
        <translation>Druk binnen 5 seconden nogmaals om het kioskprogramma te sluiten</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="961"/>
        <location filename="../ui/screens/admin.py" line="965"/>
        <source>Quit kiosk</source>
        <translation>Kiosk afsluiten</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="963"/>
        <source>Closes the kiosk program; customers cannot use the kiosk until it is started again</source>
        <translation>Sluit het kioskprogramma; klanten kunnen de kiosk pas weer gebruiken na een herstart</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="966"/>
        <source>Done</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="967"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="979"/>
        <source>Settings for the showroom&apos;s administrator: the server, the enrolment, how the kiosk behaves, and diagnostics for support. Enter the admin PIN to continue.</source>
        <translation>Instellingen voor de beheerder van de vestiging: de server, de registratie, het gedrag van de kiosk en diagnose voor support. Voer de beheerders-PIN in om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="987"/>
        <source>No admin PIN is set on this kiosk, so this screen cannot be opened. Please ask whoever installed the kiosk to set one.</source>
        <translation>Op deze kiosk is geen beheerders-PIN ingesteld, dus dit scherm kan niet worden geopend. Vraag degene die de kiosk heeft geïnstalleerd om er een in te stellen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="992"/>
        <source>Admin &amp;PIN</source>
        <translation>Beheerders-&amp;PIN</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="995"/>
        <source>%1 to %2 digits</source>
        <translation>%1 tot %2 cijfers</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="998"/>
        <source>Checks the PIN and opens the admin settings</source>
        <translation>Controleert de PIN en opent de beheerinstellingen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="999"/>
        <location filename="../ui/screens/admin.py" line="1000"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1001"/>
        <source>Back to the kiosk without opening admin</source>
        <translation>Terug naar de kiosk zonder beheer te openen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1008"/>
        <source>The address of the onboarding server. Test it before you save it or enrol with it.</source>
        <translation>Het adres van de onboardingserver. Test het voordat u het opslaat of de kiosk ermee registreert.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1010"/>
        <source>Server &amp;address</source>
        <translation>Server&amp;adres</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1010"/>
        <source>For example https://onboarding.example.com</source>
        <translation>Bijvoorbeeld https://onboarding.example.com</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1013"/>
        <source>Testing…</source>
        <translation>Wordt getest…</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1013"/>
        <location filename="../ui/screens/admin.py" line="1014"/>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1015"/>
        <source>Asks the server at this address whether it answers</source>
        <translation>Controleert of de server op dit adres reageert</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1017"/>
        <location filename="../ui/screens/admin.py" line="1160"/>
        <source>Saving…</source>
        <translation>Wordt opgeslagen…</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1017"/>
        <location filename="../ui/screens/admin.py" line="1018"/>
        <source>Save address</source>
        <translation>Adres opslaan</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1020"/>
        <source>The kiosk uses this address from now on, with its current enrolment</source>
        <translation>De kiosk gebruikt voortaan dit adres, met de huidige registratie</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1031"/>
        <source>The server cannot be reached.</source>
        <translation>De server is niet bereikbaar.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1033"/>
        <source>Something answered at this address, but not the onboarding server.</source>
        <translation>Op dit adres reageert wel iets, maar niet de onboardingserver.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1035"/>
        <source>The server answers, but does not accept this kiosk. Please enrol it again.</source>
        <translation>De server reageert, maar accepteert deze kiosk niet. Registreer de kiosk opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1037"/>
        <source>The server answers. This kiosk is not enrolled with it yet.</source>
        <translation>De server reageert. Deze kiosk is er nog niet bij geregistreerd.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1039"/>
        <source>Connected: the server answers and accepts this kiosk.</source>
        <translation>Verbonden: de server reageert en accepteert deze kiosk.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1044"/>
        <source>Connection test result</source>
        <translation>Resultaat van de verbindingstest</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1047"/>
        <source>Response time</source>
        <translation>Reactietijd</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1048"/>
        <source>Encrypted</source>
        <translation>Versleuteld</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1049"/>
        <source>Server version</source>
        <translation>Serverversie</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1050"/>
        <source>This kiosk&apos;s enrolment</source>
        <translation>Registratie van deze kiosk</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1051"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1054"/>
        <source>Yes (%1)</source>
        <translation>Ja (%1)</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1054"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1056"/>
        <source>No: the address starts with http://</source>
        <translation>Nee: het adres begint met http://</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1060"/>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1061"/>
        <source>Not accepted</source>
        <translation>Niet geaccepteerd</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1062"/>
        <source>Not checked</source>
        <translation>Niet gecontroleerd</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1065"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1069"/>
        <source>Not given</source>
        <translation>Niet opgegeven</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1084"/>
        <source>This kiosk is enrolled at: %1</source>
        <translation>Deze kiosk is geregistreerd bij: %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1086"/>
        <source>This kiosk is not enrolled yet.</source>
        <translation>Deze kiosk is nog niet geregistreerd.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1089"/>
        <source>To enrol it, ask the server&apos;s operator for a one-time enrolment code and enter it here. The kiosk keeps its device token in the system&apos;s keyring.</source>
        <translation>Vraag de serverbeheerder om een eenmalige registratiecode en voer die hier in om de kiosk te registreren. De kiosk bewaart zijn apparaattoken in de sleutelbos van het systeem.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1094"/>
        <source>Enrolment &amp;code</source>
        <translation>&amp;Registratiecode</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1094"/>
        <source>The one-time code from the server&apos;s operator</source>
        <translation>De eenmalige code van de serverbeheerder</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1098"/>
        <source>Enrolling again replaces this kiosk&apos;s device token; the old one stops working.</source>
        <translation>Opnieuw registreren vervangt het apparaattoken van deze kiosk; het oude werkt dan niet meer.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1102"/>
        <source>Enrolling…</source>
        <translation>Wordt geregistreerd…</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1102"/>
        <location filename="../ui/screens/admin.py" line="1103"/>
        <source>Enrol</source>
        <translation>Registreren</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1105"/>
        <source>Enrols this kiosk at the server under Connection with this code</source>
        <translation>Registreert deze kiosk met deze code bij de server onder Verbinding</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1109"/>
        <source>Default &amp;language</source>
        <translation>&amp;Standaardtaal</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1110"/>
        <source>The system&apos;s language</source>
        <translation>Taal van het systeem</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1111"/>
        <source>Default language</source>
        <translation>Standaardtaal</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1112"/>
        <source>The language the kiosk starts in</source>
        <translation>De taal waarin de kiosk start</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1115"/>
        <source>&amp;Customer idle time (seconds)</source>
        <translation>Inactiviteitstijd &amp;klant (seconden)</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1116"/>
        <source>Seconds without a touch before a customer screen asks whether anyone is still there</source>
        <translation>Seconden zonder aanraking voordat een klantscherm vraagt of er nog iemand is</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1119"/>
        <source>C&amp;ountdown (seconds)</source>
        <translation>Af&amp;tellen (seconden)</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1120"/>
        <source>Seconds the question counts down before everything typed is wiped</source>
        <translation>Seconden die de vraag aftelt voordat alles wat is ingevoerd wordt gewist</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1123"/>
        <source>&amp;Staff idle time (seconds)</source>
        <translation>Inactiviteitstijd &amp;medewerker (seconden)</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1124"/>
        <source>Seconds without a touch before salesperson mode locks itself</source>
        <translation>Seconden zonder aanraking voordat de medewerkersmodus zichzelf vergrendelt</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1133"/>
        <source>(%1 to %2)</source>
        <translation>(%1 tot %2)</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1136"/>
        <source>Fewer seconds</source>
        <translation>Minder seconden</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1138"/>
        <source>More seconds</source>
        <translation>Meer seconden</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1143"/>
        <source>&amp;Kiosk mode: full screen, no way out without the admin PIN</source>
        <translation>K&amp;ioskmodus: volledig scherm, alleen te verlaten met de beheerders-PIN</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1144"/>
        <source>Off: a normal window, for trying things out</source>
        <translation>Uit: een gewoon venster, om dingen uit te proberen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1147"/>
        <source>On-screen &amp;keyboard, for terminals without a keyboard</source>
        <translation>Schermtoetsen&amp;bord, voor terminals zonder toetsenbord</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1148"/>
        <source>Shows a keyboard on the screen whenever a field is touched; applies after a restart</source>
        <translation>Toont een toetsenbord op het scherm zodra een veld wordt aangeraakt; werkt na een herstart</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1151"/>
        <source>Lar&amp;ge text</source>
        <translation>&amp;Grote tekst</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1152"/>
        <source>Makes all text and controls a quarter larger</source>
        <translation>Maakt alle tekst en bedieningselementen een kwart groter</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1160"/>
        <location filename="../ui/screens/admin.py" line="1161"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1162"/>
        <source>Stores these kiosk settings</source>
        <translation>Slaat deze kioskinstellingen op</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1167"/>
        <source>The admin PIN has %1 to %2 digits. Repeated digits, patterns and digits counting up or down are refused: they are the first anyone tries.</source>
        <translation>De beheerders-PIN heeft %1 tot %2 cijfers. Herhaalde cijfers, patronen en oplopende of aflopende reeksen worden geweigerd: die probeert iedereen als eerste.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1173"/>
        <source>&amp;New admin PIN</source>
        <translation>&amp;Nieuwe beheerders-PIN</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1173"/>
        <source>Digits only</source>
        <translation>Alleen cijfers</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1174"/>
        <source>&amp;Repeat the new PIN</source>
        <translation>&amp;Herhaal de nieuwe PIN</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1174"/>
        <source>The same digits again</source>
        <translation>Dezelfde cijfers nogmaals</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1177"/>
        <source>Changing…</source>
        <translation>Wordt gewijzigd…</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1177"/>
        <location filename="../ui/screens/admin.py" line="1178"/>
        <source>Change PIN</source>
        <translation>PIN wijzigen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1179"/>
        <source>Makes the new PIN the admin PIN</source>
        <translation>Maakt de nieuwe PIN de beheerders-PIN</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1182"/>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1183"/>
        <source>Waiting to be sent</source>
        <translation>Wacht op verzending</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1185"/>
        <source>Waiting</source>
        <translation>In wachtrij</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1186"/>
        <source>Needs a salesperson</source>
        <translation>Verkoopadviseur nodig</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1187"/>
        <source>Oldest waiting since</source>
        <translation>Oudste wacht sinds</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1188"/>
        <source>Last sent</source>
        <translation>Laatst verstuurd</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1189"/>
        <source>Last problem</source>
        <translation>Laatste probleem</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1203"/>
        <source>Holds the logs, e-mail addresses and phone numbers masked, and this page; no customer&apos;s details.</source>
        <translation>Bevat de logs, met gemaskeerde e-mailadressen en telefoonnummers, en deze pagina; geen klantgegevens.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1206"/>
        <source>Exporting…</source>
        <translation>Wordt geëxporteerd…</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1206"/>
        <location filename="../ui/screens/admin.py" line="1207"/>
        <source>Export logs</source>
        <translation>Logs exporteren</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1208"/>
        <source>Saves the logs for support as one zip file</source>
        <translation>Slaat de logs voor support op als één zip-bestand</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1209"/>
        <source>Saved as: %1</source>
        <translation>Opgeslagen als: %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1211"/>
        <source>Export saved as</source>
        <translation>Export opgeslagen als</translation>
    </message>
</context>
<context>
    <name>BuyerFormScreen</name>
    <message>
        <location filename="../ui/app.py" line="102"/>
        <location filename="../ui/screens/buyer_form.py" line="281"/>
        <location filename="../ui/screens/buyer_form.py" line="452"/>
        <source>Send invitation</source>
        <translation>Uitnodiging versturen</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="277"/>
        <source>Sending…</source>
        <extracomment>In correction mode: the corrected address for the invitation already sent. The dealer&apos;s country: which salutations to offer, and how a phone number without &quot;+&quot; is read. Good news about the customer before (e.g. &quot;saved, will be sent&quot;): shown until the next send.</extracomment>
        <translation>Wordt verstuurd…</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="279"/>
        <source>Send to the corrected address</source>
        <translation>Naar het gecorrigeerde adres versturen</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="321"/>
        <source>Did you mean %1?</source>
        <translation>Bedoelde u %1?</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="333"/>
        <source>Please give the customer the privacy notice, then tick this box.</source>
        <translation>Geef de klant eerst de privacyverklaring en vink dan dit vakje aan.</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="381"/>
        <source>Signed in: %1</source>
        <translation>Aangemeld: %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="383"/>
        <source>Invitations</source>
        <translation>Uitnodigingen</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="384"/>
        <source>This showroom&apos;s invitations and how far they got</source>
        <translation>De uitnodigingen van deze vestiging en hoe ver ze zijn</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="386"/>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="387"/>
        <source>Locks the kiosk and returns to the welcome screen</source>
        <translation>Vergrendelt de kiosk en gaat terug naar het welkomstscherm</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="389"/>
        <source>Correct the e-mail address</source>
        <translation>E-mailadres corrigeren</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="389"/>
        <source>Invite a customer</source>
        <translation>Klant uitnodigen</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="393"/>
        <source>Only the e-mail address can change. The invitation goes to the corrected address; the old link and code stop working.</source>
        <translation>Alleen het e-mailadres kan worden gewijzigd. De uitnodiging gaat naar het gecorrigeerde adres; de oude link en code werken dan niet meer.</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="399"/>
        <source>The customer receives an e-mail and finishes registering here at the kiosk or on their phone.</source>
        <translation>De klant ontvangt een e-mail en rondt de registratie hier bij de kiosk of op de eigen telefoon af.</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="401"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="402"/>
        <source>&amp;Salutation</source>
        <translation>Aan&amp;hef</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="403"/>
        <source>Salutation</source>
        <translation>Aanhef</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="405"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="406"/>
        <source>Ms</source>
        <translation>Mevrouw</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="407"/>
        <source>Mr</source>
        <translation>De heer</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="420"/>
        <source>The customer&apos;s e-mail address becomes their user name and cannot be changed later.</source>
        <translation>Het e-mailadres van de klant wordt de gebruikersnaam en kan later niet worden gewijzigd.</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="422"/>
        <source>Use it</source>
        <translation>Overnemen</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="423"/>
        <source>Replaces the e-mail address with the suggestion</source>
        <translation>Vervangt het e-mailadres door de suggestie</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="426"/>
        <source>&amp;Mobile phone (optional)</source>
        <translation>&amp;Mobiel nummer (optioneel)</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="427"/>
        <source>Without a country code, the number is read as one from this showroom&apos;s country.</source>
        <translation>Zonder landcode wordt het nummer gelezen als een nummer uit het land van deze vestiging.</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="432"/>
        <source>The language of the e-mail and of the customer&apos;s screens</source>
        <translation>De taal van de e-mail en van de schermen voor de klant</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="433"/>
        <source>Vehicle (optional)</source>
        <translation>Voertuig (optioneel)</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="434"/>
        <source>M&amp;odel</source>
        <translation>M&amp;odel</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="435"/>
        <source>e.g. Taycan 4S</source>
        <translation>bijv. Taycan 4S</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="436"/>
        <source>&amp;Commission number</source>
        <translation>&amp;Commissienummer</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="437"/>
        <source>&amp;VIN</source>
        <translation>V&amp;IN</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="437"/>
        <source>The vehicle identification number: 17 letters and digits</source>
        <translation>Het chassisnummer van het voertuig: 17 letters en cijfers</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="438"/>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="439"/>
        <source>The customer has been given the &amp;privacy notice</source>
        <translation>De klant heeft de &amp;privacyverklaring ontvangen</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="440"/>
        <source>Required before the invitation can be sent</source>
        <translation>Vereist voordat de uitnodiging kan worden verstuurd</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="441"/>
        <source>The customer would like news and offers by:</source>
        <translation>De klant wil graag nieuws en aanbiedingen ontvangen per:</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="443"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="444"/>
        <source>Text message</source>
        <translation>Sms</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="445"/>
        <source>Phone call</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="446"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="450"/>
        <source>Marketing by %1</source>
        <translation>Marketing per %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="451"/>
        <source>Optional: only if the customer asked for it</source>
        <translation>Optioneel: alleen als de klant erom heeft gevraagd</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="416"/>
        <source>&amp;First name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="417"/>
        <source>&amp;Last name</source>
        <translation>&amp;Achternaam</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="419"/>
        <source>&amp;E-mail address</source>
        <translation>&amp;E-mailadres</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="430"/>
        <source>Customer&apos;s &amp;language</source>
        <translation>&amp;Taal van de klant</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="431"/>
        <source>Customer&apos;s language</source>
        <translation>Taal van de klant</translation>
    </message>
</context>
<context>
    <name>FinishHereScreen</name>
    <message>
        <location filename="../ui/screens/finish_here.py" line="133"/>
        <source>The passwords match</source>
        <extracomment>(password, terms accepted) — emitted only when every rule is met and both entries match.</extracomment>
        <translation>De wachtwoorden komen overeen</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="133"/>
        <source>The passwords do not match</source>
        <translation>De wachtwoorden komen niet overeen</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="139"/>
        <source>Creating your ID…</source>
        <translation>Uw ID wordt aangemaakt…</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="139"/>
        <source>Create my %1</source>
        <translation>Mijn %1 aanmaken</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="147"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="147"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="148"/>
        <source>Hide password</source>
        <translation>Wachtwoord verbergen</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="148"/>
        <source>Show password</source>
        <translation>Wachtwoord tonen</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="159"/>
        <source>Welcome, %1</source>
        <translation>Welkom, %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="160"/>
        <source>Your user name is your e-mail address: %1</source>
        <translation>Uw gebruikersnaam is uw e-mailadres: %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="161"/>
        <source>Choose a &amp;password</source>
        <translation>Kies een &amp;wachtwoord</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="162"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="163"/>
        <source>The rules below show which requirements are met.</source>
        <translation>Hieronder ziet u aan welke eisen al is voldaan.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="164"/>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Herhaal het wachtwoord</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="165"/>
        <source>Repeat the password</source>
        <translation>Herhaal het wachtwoord</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="166"/>
        <source>I accept the terms of use</source>
        <translation>Ik ga akkoord met de gebruiksvoorwaarden</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="167"/>
        <source>Back</source>
        <translation>Terug</translation>
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
        <location filename="../ui/screens/handoff.py" line="253"/>
        <source>Valid for %1 more; a new code follows by itself.</source>
        <extracomment>The mail bounced: back to the form, entries kept, to fix the address and send again.</extracomment>
        <translation>Nog %1 geldig; daarna verschijnt automatisch een nieuwe code.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="264"/>
        <source>The e-mail could not be delivered</source>
        <translation>De e-mail kon niet worden bezorgd</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="266"/>
        <source>No mailbox accepted mail for %1. Please check the address with the customer.</source>
        <translation>De e-mail aan %1 is door geen enkele mailbox aangenomen. Controleer het adres samen met de klant.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="271"/>
        <source>Invitation sent</source>
        <translation>Uitnodiging verstuurd</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="272"/>
        <source>We sent an e-mail with a registration link to %1.</source>
        <translation>We hebben een e-mail met een registratielink naar %1 gestuurd.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="275"/>
        <source>Correct the e-mail address</source>
        <translation>E-mailadres corrigeren</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="276"/>
        <source>How would you like to finish?</source>
        <translation>Hoe wilt u de registratie afronden?</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="278"/>
        <source>Finish here now</source>
        <translation>Nu hier afronden</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="278"/>
        <source>Enter the code from the e-mail and choose your password here.</source>
        <translation>Voer de code uit de e-mail in en kies hier uw wachtwoord.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="281"/>
        <location filename="../ui/screens/handoff.py" line="287"/>
        <source>Scan with your phone</source>
        <translation>Scan met uw telefoon</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="281"/>
        <source>Scan a QR code and finish on your phone, at your own pace.</source>
        <translation>Scan een QR-code en rond in alle rust af op uw telefoon.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="284"/>
        <source>Later, from the e-mail</source>
        <translation>Later, via de e-mail</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="284"/>
        <source>Open the link in the e-mail whenever it suits you.</source>
        <translation>Open de link in de e-mail wanneer het u uitkomt.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="290"/>
        <source>Preparing the code…</source>
        <translation>De code wordt voorbereid…</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="291"/>
        <source>Point your phone&apos;s camera at the code and follow the link.</source>
        <translation>Richt de camera van uw telefoon op de code en open de link.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="292"/>
        <source>The code is not available right now. Use the link in the e-mail instead.</source>
        <translation>De code is op dit moment niet beschikbaar. Gebruik in plaats daarvan de link in de e-mail.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="296"/>
        <source>Registered</source>
        <translation>Geregistreerd</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="298"/>
        <source>Connection lost, reconnecting…</source>
        <translation>Verbinding verbroken, opnieuw verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="300"/>
        <source>Waiting for the customer…</source>
        <translation>Wachten op de klant…</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="305"/>
        <source>QR code with the registration link</source>
        <translation>QR-code met de registratielink</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="306"/>
        <source>Scan it with your phone&apos;s camera</source>
        <translation>Scan deze met de camera van uw telefoon</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="308"/>
        <source>Your phone will show: %1</source>
        <translation>Op uw telefoon verschijnt: %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="311"/>
        <source>Other ways to finish</source>
        <translation>Andere manieren om af te ronden</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="312"/>
        <source>All set</source>
        <translation>Alles is klaar</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="314"/>
        <source>The e-mail to %1 has your registration link. Open it whenever it suits you.</source>
        <translation>De e-mail aan %1 bevat uw registratielink. Open deze wanneer het u uitkomt.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="316"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="318"/>
        <source>For the salesperson: start over with the next customer</source>
        <translation>Voor de verkoopadviseur: opnieuw beginnen met de volgende klant</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="317"/>
        <source>Next customer</source>
        <translation>Volgende klant</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="317"/>
        <source>New customer</source>
        <translation>Nieuwe klant</translation>
    </message>
</context>
<context>
    <name>HowItWorksPage</name>
    <message>
        <location filename="../ui/screens/info_pages.py" line="100"/>
        <source>How registration works</source>
        <translation>Zo werkt de registratie</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="103"/>
        <source>1. Your salesperson enters your name and e-mail address. You receive an e-mail with a registration link and a 6-digit code.</source>
        <translation>1. Uw verkoopadviseur voert uw naam en e-mailadres in. U ontvangt een e-mail met een registratielink en een code van 6 cijfers.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="107"/>
        <source>2. Finish here at the kiosk with the code, or scan the QR code on the screen and finish on your phone. You can also use the link in the e-mail later.</source>
        <translation>2. Rond hier bij de kiosk af met de code, of scan de QR-code op het scherm en ga verder op uw telefoon. U kunt ook later de link in de e-mail gebruiken.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="111"/>
        <source>3. Choose a password with at least 8 characters, including an uppercase letter, a digit and a special character such as ! or ?.</source>
        <translation>3. Kies een wachtwoord van minimaal 8 tekens, met een hoofdletter, een cijfer en een speciaal teken zoals ! of ?.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="114"/>
        <source>4. That is all: sign in with your e-mail address and your new password.</source>
        <translation>4. Dat is alles: meld u aan met uw e-mailadres en uw nieuwe wachtwoord.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="116"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>InvitationsScreen</name>
    <message>
        <location filename="../ui/screens/invitations.py" line="74"/>
        <source>Waiting to send</source>
        <translation>In wachtrij</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="75"/>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="76"/>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="77"/>
        <source>Registered</source>
        <translation>Geregistreerd</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="78"/>
        <source>Already had an ID</source>
        <translation>Had al een ID</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="79"/>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="80"/>
        <source>Cancelled</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="81"/>
        <source>Delivery failed</source>
        <translation>Bezorging mislukt</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="82"/>
        <source>Needs attention</source>
        <translation>Actie vereist</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="88"/>
        <source>Check the address</source>
        <translation>Controleer het adres</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="89"/>
        <source>Details not accepted</source>
        <translation>Gegevens niet geaccepteerd</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="90"/>
        <source>Refused by the server</source>
        <translation>Geweigerd door de server</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="106"/>
        <source>Saved on this kiosk. It goes out as soon as the server can be reached.</source>
        <translation>Opgeslagen op deze kiosk. De uitnodiging wordt verstuurd zodra de server bereikbaar is.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="110"/>
        <source>The customer has not opened the invitation yet.</source>
        <translation>De klant heeft de uitnodiging nog niet geopend.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="112"/>
        <source>The customer opened the invitation but has not finished registering.</source>
        <translation>De klant heeft de uitnodiging geopend, maar de registratie nog niet afgerond.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="116"/>
        <source>The customer has registered.</source>
        <translation>De klant heeft zich geregistreerd.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="118"/>
        <source>The customer already had an ID; the vehicle was linked to it.</source>
        <translation>De klant had al een ID; het voertuig is eraan gekoppeld.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="122"/>
        <source>The invitation expired. Send a new one if the customer still wants an ID.</source>
        <translation>De uitnodiging is verlopen. Stuur een nieuwe als de klant nog een ID wil.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="126"/>
        <source>This invitation was cancelled.</source>
        <translation>Deze uitnodiging is ingetrokken.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="128"/>
        <source>The e-mail could not be delivered. Please check the address with the customer.</source>
        <translation>De e-mail kon niet worden bezorgd. Controleer het adres samen met de klant.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="132"/>
        <source>The server did not accept some of the details. Correct them and send it again.</source>
        <translation>De server heeft sommige gegevens niet geaccepteerd. Corrigeer ze en verstuur de uitnodiging opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="135"/>
        <source>The server refused this invitation. Check the details and send it again.</source>
        <translation>De server heeft deze uitnodiging geweigerd. Controleer de gegevens en verstuur de uitnodiging opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="149"/>
        <source>Yesterday</source>
        <translation>Gisteren</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="639"/>
        <location filename="../ui/screens/invitations.py" line="647"/>
        <source>Invitations</source>
        <translation>Uitnodigingen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="640"/>
        <source>Offline: showing only what this kiosk holds.</source>
        <translation>Offline: alleen wat op deze kiosk staat wordt getoond.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="642"/>
        <source>Search by name or e-mail</source>
        <translation>Zoeken op naam of e-mail</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="643"/>
        <source>Search invitations</source>
        <translation>Uitnodigingen zoeken</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="645"/>
        <source>Type part of a name or an e-mail address; the list shows the matches as you type.</source>
        <translation>Typ een deel van een naam of e-mailadres; de lijst toont de resultaten terwijl u typt.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="649"/>
        <source>Newest first. Use the arrow keys to choose an invitation; its actions follow the list.</source>
        <translation>Nieuwste eerst. Kies een uitnodiging met de pijltjestoetsen; de acties volgen na de lijst.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="654"/>
        <source>Show QR code again</source>
        <translation>QR-code opnieuw tonen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="656"/>
        <source>Shows the invitation&apos;s QR code so the customer can scan it with a phone.</source>
        <translation>Toont de QR-code van de uitnodiging, zodat de klant die met een telefoon kan scannen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="658"/>
        <source>Resend</source>
        <translation>Opnieuw versturen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="660"/>
        <source>Sends the e-mail again with a new link and code; the old ones stop working.</source>
        <translation>Verstuurt de e-mail opnieuw met een nieuwe link en code; de oude werken dan niet meer.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="666"/>
        <source>Showroom figures</source>
        <translation>Cijfers van de vestiging</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="667"/>
        <location filename="../ui/screens/invitations.py" line="668"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="669"/>
        <source>Leaves the list of invitations.</source>
        <translation>Verlaat de lijst met uitnodigingen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="670"/>
        <location filename="../ui/screens/invitations.py" line="671"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="672"/>
        <source>Loads the invitations and the figures again.</source>
        <translation>Laadt de uitnodigingen en de cijfers opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="700"/>
        <source>Loading the invitations…</source>
        <translation>Uitnodigingen worden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="704"/>
        <source>No invitation matches “%1”.</source>
        <translation>Geen uitnodiging gevonden voor “%1”.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="706"/>
        <source>No invitations yet. The invitations you send appear here.</source>
        <translation>Nog geen uitnodigingen. De uitnodigingen die u verstuurt, verschijnen hier.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="708"/>
        <source>This kiosk holds no invitations. Those sent earlier show when the server can be reached.</source>
        <translation>Op deze kiosk staan geen uitnodigingen. Eerder verstuurde uitnodigingen verschijnen zodra de server bereikbaar is.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="716"/>
        <source>No invitation chosen</source>
        <translation>Geen uitnodiging gekozen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="717"/>
        <source>Choose one in the list to see what you can do with it.</source>
        <translation>Kies er een in de lijst om te zien wat u ermee kunt doen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="727"/>
        <source>Correct the details</source>
        <translation>Gegevens corrigeren</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="729"/>
        <source>Opens the details saved on this kiosk to fix them and send the invitation again.</source>
        <translation>Opent de op deze kiosk opgeslagen gegevens om ze te corrigeren en de uitnodiging opnieuw te versturen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="732"/>
        <source>Correct e-mail</source>
        <translation>E-mail corrigeren</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="734"/>
        <source>Opens the invitation to correct the e-mail address; the old link and code stop working.</source>
        <translation>Opent de uitnodiging om het e-mailadres te corrigeren; de oude link en code werken dan niet meer.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="742"/>
        <source>Confirm cancel</source>
        <translation>Intrekken bevestigen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="744"/>
        <source>Press again within 5 seconds to cancel the invitation; its link and code stop working.</source>
        <translation>Druk binnen 5 seconden nogmaals om de uitnodiging in te trekken; de link en code werken dan niet meer.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="747"/>
        <source>Cancel invitation</source>
        <translation>Uitnodiging intrekken</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="749"/>
        <source>Withdraws the invitation: its link and code stop working. You confirm with a second press.</source>
        <translation>Trekt de uitnodiging in: de link en code werken dan niet meer. U bevestigt door nogmaals te drukken.</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="568"/>
        <source>A new code is on its way to %1. It replaces the old one.</source>
        <extracomment>Ask for a new QR link this long before the current one expires, so a phone never scans a dead one. How long a salesperson waits to hear &quot;sent&quot; before being told &quot;saved, will be sent later&quot;. Not confirmed yet, but safely saved: the screen says it will go when the connection is back. None: the caller manages languages (a test); the window then only follows along. The language the salesperson signed in with: their screens come back to it. Who may sign in; the list is refreshed from the backend, and the PINs are checked here. The caller starts it from the list the outbox kept (:func:`ui.app.kept_roster`), so sign-in works after an offline restart. The salesperson signed in, named on every staff action (None: nobody is). In kiosk mode (:meth:`lock_down`) the window cannot be closed until an administrator quits it.</extracomment>
        <translation>Er is een nieuwe code onderweg naar %1. Deze vervangt de oude.</translation>
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
    <name>PasswordChecklist</name>
    <message>
        <location filename="../ui/widgets/password_checklist.py" line="47"/>
        <source>%1: met</source>
        <translation>%1: voldaan</translation>
    </message>
    <message>
        <location filename="../ui/widgets/password_checklist.py" line="49"/>
        <source>%1: not met yet</source>
        <translation>%1: nog niet voldaan</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../ui/widgets/pin_pad.py" line="41"/>
        <source>Type this digit into the PIN</source>
        <translation>Dit cijfer aan de PIN toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/pin_pad.py" line="42"/>
        <source>Delete last digit</source>
        <translation>Laatste cijfer wissen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/pin_pad.py" line="43"/>
        <source>Removes the last digit of the PIN</source>
        <translation>Verwijdert het laatste cijfer van de PIN</translation>
    </message>
</context>
<context>
    <name>RegisteredScreen</name>
    <message>
        <location filename="../ui/screens/registered.py" line="56"/>
        <source>Already registered</source>
        <translation>Al geregistreerd</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="58"/>
        <source>%1 already has a %2 with this e-mail address, so no new one is needed. We have let them know by e-mail.</source>
        <translation>%1 heeft al een %2 met dit e-mailadres, dus een nieuwe is niet nodig. We hebben hierover een e-mail gestuurd.</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="62"/>
        <source>Registered</source>
        <translation>Geregistreerd</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="63"/>
        <source>Thank you, %1. Your %2 is ready: sign in with your e-mail address and your new password.</source>
        <translation>Bedankt, %1. Uw %2 is klaar: meld u aan met uw e-mailadres en uw nieuwe wachtwoord.</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="65"/>
        <source>Success</source>
        <translation>Gelukt</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="66"/>
        <source>Next customer</source>
        <translation>Volgende klant</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../ui/screens/sign_in.py" line="210"/>
        <source>Checking…</source>
        <extracomment>The backend allows PINs of 4 to 8 digits. The PIN column: three keys a thumb hits easily, and the spacing between them. (salesperson id, PIN)</extracomment>
        <translation>Controleren…</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="210"/>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="213"/>
        <source>Staff sign-in</source>
        <translation>Aanmelden voor medewerkers</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="214"/>
        <source>Who are you?</source>
        <translation>Wie bent u?</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="215"/>
        <source>Your &amp;PIN</source>
        <translation>Uw &amp;PIN</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="216"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="218"/>
        <source>Loading the staff list…</source>
        <translation>Medewerkerslijst wordt geladen…</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="220"/>
        <source>The staff list could not be loaded: the kiosk cannot reach the server.</source>
        <translation>De medewerkerslijst kon niet worden geladen: de kiosk kan de server niet bereiken.</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="222"/>
        <source>No salespeople are set up for this showroom yet. Please ask your administrator.</source>
        <translation>Voor deze vestiging zijn nog geen verkoopadviseurs ingesteld. Neem contact op met uw beheerder.</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="227"/>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="228"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="229"/>
        <source>Back to the welcome screen</source>
        <translation>Terug naar het welkomstscherm</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="241"/>
        <source>That PIN is not right. One more wrong PIN locks sign-in for a few minutes.</source>
        <translation>Deze PIN klopt niet. Na nog één onjuiste PIN wordt aanmelden enkele minuten geblokkeerd.</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="242"/>
        <source>That PIN is not right. Please try again.</source>
        <translation>Deze PIN klopt niet. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="246"/>
        <source>Too many wrong PINs. Sign-in is locked for %1 min.</source>
        <translation>Te vaak een onjuiste PIN ingevoerd. Aanmelden is %1 min. geblokkeerd.</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="247"/>
        <source>You can no longer sign in at this showroom. Please ask your administrator.</source>
        <translation>U kunt zich niet meer aanmelden bij deze vestiging. Neem contact op met uw beheerder.</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../ui/widgets/still_there.py" line="60"/>
        <source>Are you still there?</source>
        <translation>Bent u er nog?</translation>
    </message>
    <message>
        <location filename="../ui/widgets/still_there.py" line="62"/>
        <source>For your privacy, this screen is cleared in %1 s. Touch the screen to continue.</source>
        <translation>Voor uw privacy wordt dit scherm over %1 s gewist. Raak het scherm aan om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/still_there.py" line="66"/>
        <source>I am still here</source>
        <translation>Ik ben er nog</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="87"/>
        <source>Shows or hides the details</source>
        <translation>Toont of verbergt de details</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="88"/>
        <source>Try sending now</source>
        <translation>Nu versturen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="89"/>
        <source>Sends what is waiting without waiting for the next try</source>
        <translation>Verstuurt wat in de wachtrij staat zonder op de volgende poging te wachten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="91"/>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="92"/>
        <source>Waiting to send</source>
        <translation>In wachtrij</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="93"/>
        <source>Last sent</source>
        <translation>Laatst verstuurd</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="94"/>
        <source>Needs attention</source>
        <translation>Actie vereist</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="95"/>
        <source>Last problem</source>
        <translation>Laatste probleem</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="100"/>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="100"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="100"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="110"/>
        <source>Waiting to send: %1 (oldest %2)</source>
        <translation>In wachtrij: %1 (oudste van %2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="115"/>
        <source>All sent, last at %1</source>
        <translation>Alles verstuurd, laatst om %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="117"/>
        <source>Needs attention: %1</source>
        <translation>Actie vereist: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="123"/>
        <source> (oldest %1)</source>
        <translation> (oudste van %1)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="86"/>
        <source>Connection and sending</source>
        <translation>Verbinding en verzending</translation>
    </message>
</context>
<context>
    <name>VerifyCodeScreen</name>
    <message>
        <location filename="../ui/screens/verify_code.py" line="116"/>
        <source>Enter your code</source>
        <translation>Voer uw code in</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="118"/>
        <source>We e-mailed a 6-digit code to %1. Enter it here to show the address is yours.</source>
        <translation>We hebben een code van 6 cijfers naar %1 gestuurd. Voer deze hier in om te bevestigen dat het adres van u is.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="122"/>
        <source>&amp;Code from the e-mail</source>
        <translation>&amp;Code uit de e-mail</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="123"/>
        <source>Code from the e-mail</source>
        <translation>Code uit de e-mail</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="124"/>
        <source>Not your e-mail address? Please ask the salesperson to correct it.</source>
        <translation>Is dit niet uw e-mailadres? Vraag uw verkoopadviseur om het te corrigeren.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="125"/>
        <source>Correct the e-mail address</source>
        <translation>E-mailadres corrigeren</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="126"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="127"/>
        <source>Send a new code</source>
        <translation>Nieuwe code versturen</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="128"/>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../ui/screens/welcome.py" line="106"/>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="108"/>
        <source>Your %1 is your personal account for Porsche&apos;s services and apps, for you and your car.</source>
        <translation>Uw %1 is uw persoonlijke account voor de diensten en apps van Porsche, voor u en uw auto.</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="112"/>
        <source>Create your %1</source>
        <translation>Uw %1 aanmaken</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="113"/>
        <source>Register here at the kiosk, without a salesperson</source>
        <translation>Hier bij de kiosk registreren, zonder verkoopadviseur</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="115"/>
        <source>To create your %1, please ask one of our salespeople.</source>
        <translation>Voor het aanmaken van uw %1 helpt een van onze verkoopadviseurs u graag.</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="117"/>
        <source>What is a %1?</source>
        <translation>Wat is een %1?</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="118"/>
        <source>A short explanation of the account</source>
        <translation>Een korte uitleg over het account</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="119"/>
        <source>How registration works</source>
        <translation>Zo werkt de registratie</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="120"/>
        <source>The steps from invitation to password</source>
        <translation>De stappen van uitnodiging tot wachtwoord</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="121"/>
        <source>Staff</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="122"/>
        <source>Staff sign-in</source>
        <translation>Aanmelden voor medewerkers</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="123"/>
        <source>For salespeople of this showroom</source>
        <translation>Voor verkoopadviseurs van deze vestiging</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="124"/>
        <source>Three steps</source>
        <translation>Drie stappen</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="126"/>
        <source>You receive an e-mail from us with a 6-digit code.</source>
        <translation>U ontvangt van ons een e-mail met een code van 6 cijfers.</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="127"/>
        <source>Finish here with the code, or scan a QR code and finish on your phone.</source>
        <translation>Rond hier af met de code, of via een QR-code op uw telefoon.</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="128"/>
        <source>Choose your password. Your e-mail address is your user name.</source>
        <translation>Kies uw wachtwoord. Uw e-mailadres is uw gebruikersnaam.</translation>
    </message>
</context>
</TS>
