<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AboutIdPage</name>
    <message>
        <location filename="../ui/screens/info_pages.py" line="83"/>
        <source>What is a %1?</source>
        <translation>Vad är ett %1?</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="85"/>
        <source>Your %1 is one personal account for Porsche&apos;s online services and apps.</source>
        <translation>Ditt %1 är ett enda personligt konto för alla Porsches onlinetjänster och appar.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="87"/>
        <source>Your user name is your e-mail address. We check it is yours by sending you a code, and it cannot be changed later: please use an address you will keep.</source>
        <translation>Ditt användarnamn är din e-postadress. Vi kontrollerar att den är din genom att skicka en kod till dig, och den kan inte ändras i efterhand: använd en adress som du kommer att behålla.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="91"/>
        <source>Your %1 is registered in the country of the Porsche Center that invites you, and you decide which news you would like to receive.</source>
        <translation>Ditt %1 registreras i samma land som det Porsche Center som bjuder in dig, och du bestämmer själv vilka nyheter du vill få.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="94"/>
        <source>Forgot your password? You can set a new one at any time with a link we e-mail to you.</source>
        <translation>Glömt lösenordet? Du kan när som helst välja ett nytt via en länk som vi skickar till dig via e-post.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="96"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="97"/>
        <source>Back to the welcome screen</source>
        <translation>Tillbaka till välkomstskärmen</translation>
    </message>
</context>
<context>
    <name>AdminFlow</name>
    <message>
        <location filename="../ui/admin_flow.py" line="162"/>
        <source>This kiosk has no keyring for a device token; enrol it from the command line.</source>
        <extracomment>The settings now in force (a :class:`KioskSettings`), already stored in the settings file. Leave admin for the welcome screen. The administrator quit the kiosk.</extracomment>
        <translation>Kiosken har ingen nyckelring för en enhetstoken; registrera den från kommandoraden.</translation>
    </message>
    <message>
        <location filename="../ui/admin_flow.py" line="220"/>
        <source>The code was used, but this kiosk could not keep its device token. Please ask for a new code.</source>
        <translation>Koden har använts, men kiosken kunde inte spara sin enhetstoken. Be om en ny kod.</translation>
    </message>
</context>
<context>
    <name>AdminScreen</name>
    <message>
        <location filename="../ui/screens/admin.py" line="628"/>
        <source>Too many wrong PINs. Admin is locked for %1 min.</source>
        <extracomment>The PIN column: three keys a thumb hits easily, and the spacing between them (as on staff sign-in). The column of sections on the left. Readable line length for a section&apos;s content. How long &quot;Quit kiosk&quot; stays armed after the first press. The seconds settings, with the step of their − and + keys. The PIN typed on the PIN step (the window checks it with ``kiosk.admin_pin.AdminPinGuard``). Settings to store, by their names in :class:`kiosk.config.KioskSettings` (already checked). The backend address to test (checked to be http(s)://…). (backend address, enrolment code) The Diagnostics section was opened: the window answers with :meth:`show_diagnostics`. A new admin PIN that passed the rules, typed twice alike (the window hashes and stores it). How long &quot;Quit kiosk&quot; stays armed after the first press.</extracomment>
        <translation>För många felaktiga PIN-koder. Administrationen är spärrad i %1 min.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="630"/>
        <source>That PIN is not right. One more wrong PIN locks admin for a few minutes.</source>
        <translation>Fel PIN-kod. Ytterligare en felaktig PIN-kod spärrar administrationen i några minuter.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="632"/>
        <source>That PIN is not right. Please try again.</source>
        <translation>Fel PIN-kod. Försök igen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="942"/>
        <source>This kiosk is now enrolled at %1.</source>
        <translation>Kiosken är nu registrerad hos %1.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="940"/>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="944"/>
        <source>The admin PIN was changed. Use the new PIN from now on.</source>
        <translation>Admin-PIN-koden har ändrats. Använd den nya PIN-koden från och med nu.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="946"/>
        <source>The server address under Connection is not valid. Please correct it first.</source>
        <translation>Serveradressen under Anslutning är inte giltig. Rätta den först.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="847"/>
        <source>Server: %1 (change it under Connection)</source>
        <translation>Server: %1 (ändra under Anslutning)</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="853"/>
        <source>Please enter the server&apos;s address.</source>
        <translation>Ange serverns adress.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="855"/>
        <source>The address starts with http:// or https://, e.g. https://onboarding.example.com.</source>
        <translation>Adressen börjar med http:// eller https://, t.ex. https://onboarding.example.com.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="857"/>
        <source>Only the server&apos;s address, please: no user name, password, “?” or “#”.</source>
        <translation>Bara serverns adress, tack: inget användarnamn, lösenord, ”?” eller ”#”.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="858"/>
        <source>This is not a complete address, e.g. https://onboarding.example.com.</source>
        <translation>Det här är ingen fullständig adress, t.ex. https://onboarding.example.com.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="868"/>
        <source>Please enter the enrolment code.</source>
        <translation>Ange registreringskoden.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="877"/>
        <source>Please choose between %1 and %2 seconds.</source>
        <translation>Välj mellan %1 och %2 sekunder.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="901"/>
        <source>The two PINs are not the same.</source>
        <translation>De två PIN-koderna är inte likadana.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="907"/>
        <source>Please use %1 to %2 digits.</source>
        <translation>Använd %1 till %2 siffror.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="912"/>
        <source>Repeated digits or patterns (000000, 121212) are too easy to guess.</source>
        <translation>Upprepade siffror eller mönster (000000, 121212) är för lätta att gissa.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="914"/>
        <source>Digits counting up or down (123456, 987654) are too easy to guess.</source>
        <translation>Stigande eller fallande sifferföljder (123456, 987654) är för lätta att gissa.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="915"/>
        <source>This is one of the PINs people try first. Please choose another.</source>
        <translation>Det här är en av de PIN-koder som man provar först. Välj en annan.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="959"/>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="959"/>
        <location filename="../ui/screens/admin.py" line="1036"/>
        <source>Open admin</source>
        <translation>Öppna administrationen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="971"/>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="977"/>
        <location filename="../ui/screens/admin.py" line="1015"/>
        <source>Admin</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="979"/>
        <source>Connection</source>
        <translation>Anslutning</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="979"/>
        <source>The server this kiosk sends everything to</source>
        <translation>Servern som kiosken skickar allt till</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="980"/>
        <source>Enrolment</source>
        <translation>Registrering</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="980"/>
        <source>The showroom this kiosk belongs to</source>
        <translation>Anläggningen som kiosken hör till</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="981"/>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="981"/>
        <source>Language, time-outs and how the kiosk is shown</source>
        <translation>Språk, tidsgränser och hur kiosken visas</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="982"/>
        <location filename="../ui/screens/admin.py" line="1032"/>
        <source>Admin PIN</source>
        <translation>Admin-PIN-kod</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="982"/>
        <source>Change the PIN that opens this screen</source>
        <translation>Ändra PIN-koden som öppnar den här skärmen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="983"/>
        <source>Diagnostics</source>
        <translation>Diagnostik</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="983"/>
        <source>Versions, what is waiting to be sent, logs</source>
        <translation>Versioner, det som väntar på att skickas, loggar</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="991"/>
        <location filename="../ui/screens/admin.py" line="992"/>
        <source>Leave admin</source>
        <translation>Lämna administrationen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="993"/>
        <source>Back to the kiosk; the admin PIN is asked again</source>
        <translation>Tillbaka till kiosken; admin-PIN-koden efterfrågas igen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="995"/>
        <source>Press again to quit</source>
        <translation>Tryck igen för att avsluta</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="997"/>
        <source>Press again within 5 seconds to close the kiosk program</source>
        <translation>Tryck igen inom 5 sekunder för att stänga kioskprogrammet</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1000"/>
        <location filename="../ui/screens/admin.py" line="1004"/>
        <source>Quit kiosk</source>
        <translation>Avsluta kiosken</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1002"/>
        <source>Closes the kiosk program; customers cannot use the kiosk until it is started again</source>
        <translation>Stänger kioskprogrammet; kunderna kan inte använda kiosken förrän den startas igen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1005"/>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1006"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1018"/>
        <source>Settings for the showroom&apos;s administrator: the server, the enrolment, how the kiosk behaves, and diagnostics for support. Enter the admin PIN to continue.</source>
        <translation>Inställningar för anläggningens administratör: servern, registreringen, kioskens beteende och diagnostik för support. Ange admin-PIN-koden för att fortsätta.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1026"/>
        <source>No admin PIN is set on this kiosk, so this screen cannot be opened. Please ask whoever installed the kiosk to set one.</source>
        <translation>Ingen admin-PIN-kod är inställd på den här kiosken, så skärmen kan inte öppnas. Be den som installerade kiosken att ställa in en.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1031"/>
        <source>Admin &amp;PIN</source>
        <translation>Admin-&amp;PIN-kod</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1034"/>
        <source>%1 to %2 digits</source>
        <translation>%1 till %2 siffror</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1037"/>
        <source>Checks the PIN and opens the admin settings</source>
        <translation>Kontrollerar PIN-koden och öppnar administrationsinställningarna</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1038"/>
        <location filename="../ui/screens/admin.py" line="1039"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1040"/>
        <source>Back to the kiosk without opening admin</source>
        <translation>Tillbaka till kiosken utan att öppna administrationen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1047"/>
        <source>The address of the onboarding server. Test it before you save it or enrol with it.</source>
        <translation>Adressen till onboardingservern. Testa den innan du sparar den eller registrerar kiosken med den.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1049"/>
        <source>Server &amp;address</source>
        <translation>Server&amp;adress</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1049"/>
        <source>For example https://onboarding.example.com</source>
        <translation>Till exempel https://onboarding.example.com</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1052"/>
        <source>Testing…</source>
        <translation>Testar…</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1052"/>
        <location filename="../ui/screens/admin.py" line="1053"/>
        <source>Test connection</source>
        <translation>Testa anslutningen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1054"/>
        <source>Asks the server at this address whether it answers</source>
        <translation>Frågar servern på den här adressen om den svarar</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1056"/>
        <location filename="../ui/screens/admin.py" line="1199"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1056"/>
        <location filename="../ui/screens/admin.py" line="1057"/>
        <source>Save address</source>
        <translation>Spara adressen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1059"/>
        <source>The kiosk uses this address from now on, with its current enrolment</source>
        <translation>Kiosken använder den här adressen från och med nu, med sin nuvarande registrering</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1070"/>
        <source>The server cannot be reached.</source>
        <translation>Servern går inte att nå.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1072"/>
        <source>Something answered at this address, but not the onboarding server.</source>
        <translation>Något svarade på den här adressen, men inte onboardingservern.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1074"/>
        <source>The server answers, but does not accept this kiosk. Please enrol it again.</source>
        <translation>Servern svarar men godtar inte den här kiosken. Registrera den igen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1076"/>
        <source>The server answers. This kiosk is not enrolled with it yet.</source>
        <translation>Servern svarar. Kiosken är ännu inte registrerad hos den.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1078"/>
        <source>Connected: the server answers and accepts this kiosk.</source>
        <translation>Ansluten: servern svarar och godtar den här kiosken.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1083"/>
        <source>Connection test result</source>
        <translation>Resultat av anslutningstestet</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1086"/>
        <source>Response time</source>
        <translation>Svarstid</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1087"/>
        <source>Encrypted</source>
        <translation>Krypterad</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1088"/>
        <source>Server version</source>
        <translation>Serverversion</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1089"/>
        <source>This kiosk&apos;s enrolment</source>
        <translation>Kioskens registrering</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1090"/>
        <source>Details</source>
        <translation>Detaljer</translation>
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
        <translation>Nej: adressen börjar med http://</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1099"/>
        <source>Accepted</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1100"/>
        <source>Not accepted</source>
        <translation>Inte godkänd</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1101"/>
        <source>Not checked</source>
        <translation>Inte kontrollerad</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1104"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1108"/>
        <source>Not given</source>
        <translation>Inte angiven</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1123"/>
        <source>This kiosk is enrolled at: %1</source>
        <translation>Kiosken är registrerad hos: %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1125"/>
        <source>This kiosk is not enrolled yet.</source>
        <translation>Kiosken är inte registrerad ännu.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1128"/>
        <source>To enrol it, ask the server&apos;s operator for a one-time enrolment code and enter it here. The kiosk keeps its device token in the system&apos;s keyring.</source>
        <translation>Be serverns operatör om en engångskod för registrering och ange den här för att registrera kiosken. Kiosken förvarar sin enhetstoken i systemets nyckelring.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1133"/>
        <source>Enrolment &amp;code</source>
        <translation>&amp;Registreringskod</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1133"/>
        <source>The one-time code from the server&apos;s operator</source>
        <translation>Engångskoden från serverns operatör</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1137"/>
        <source>Enrolling again replaces this kiosk&apos;s device token; the old one stops working.</source>
        <translation>En ny registrering ersätter kioskens enhetstoken; den gamla slutar fungera.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1141"/>
        <source>Enrolling…</source>
        <translation>Registrerar…</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1141"/>
        <location filename="../ui/screens/admin.py" line="1142"/>
        <source>Enrol</source>
        <translation>Registrera</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1144"/>
        <source>Enrols this kiosk at the server under Connection with this code</source>
        <translation>Registrerar kiosken hos servern under Anslutning med den här koden</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1148"/>
        <source>Default &amp;language</source>
        <translation>&amp;Standardspråk</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1149"/>
        <source>The system&apos;s language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1150"/>
        <source>Default language</source>
        <translation>Standardspråk</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1151"/>
        <source>The language the kiosk starts in</source>
        <translation>Språket som kiosken startar på</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1154"/>
        <source>&amp;Customer idle time (seconds)</source>
        <translation>Inaktivitetstid för &amp;kunder (sekunder)</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1155"/>
        <source>Seconds without a touch before a customer screen asks whether anyone is still there</source>
        <translation>Sekunder utan beröring innan en kundskärm frågar om någon är kvar</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1158"/>
        <source>C&amp;ountdown (seconds)</source>
        <translation>&amp;Nedräkning (sekunder)</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1159"/>
        <source>Seconds the question counts down before everything typed is wiped</source>
        <translation>Sekunder som frågan räknar ned innan allt som skrivits raderas</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1162"/>
        <source>&amp;Staff idle time (seconds)</source>
        <translation>Inaktivitetstid för p&amp;ersonal (sekunder)</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1163"/>
        <source>Seconds without a touch before salesperson mode locks itself</source>
        <translation>Sekunder utan beröring innan säljarläget låser sig</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1172"/>
        <source>(%1 to %2)</source>
        <translation>(%1 till %2)</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1175"/>
        <source>Fewer seconds</source>
        <translation>Färre sekunder</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1177"/>
        <source>More seconds</source>
        <translation>Fler sekunder</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1182"/>
        <source>&amp;Kiosk mode: full screen, no way out without the admin PIN</source>
        <translation>K&amp;ioskläge: helskärm, kan bara lämnas med admin-PIN-koden</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1183"/>
        <source>Off: a normal window, for trying things out</source>
        <translation>Av: ett vanligt fönster, för att prova saker</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1186"/>
        <source>On-screen &amp;keyboard, for terminals without a keyboard</source>
        <translation>Tangent&amp;bord på skärmen, för terminaler utan tangentbord</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1187"/>
        <source>Shows a keyboard on the screen whenever a field is touched</source>
        <translation>Visar ett tangentbord på skärmen så fort ett fält trycks på</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1190"/>
        <source>Lar&amp;ge text</source>
        <translation>Stor &amp;text</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1191"/>
        <source>Makes all text and controls a quarter larger</source>
        <translation>Gör all text och alla kontroller en fjärdedel större</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1199"/>
        <location filename="../ui/screens/admin.py" line="1200"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1201"/>
        <source>Stores these kiosk settings</source>
        <translation>Sparar kioskinställningarna</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1206"/>
        <source>The admin PIN has %1 to %2 digits. Repeated digits, patterns and digits counting up or down are refused: they are the first anyone tries.</source>
        <translation>Admin-PIN-koden har %1 till %2 siffror. Upprepade siffror, mönster och stigande eller fallande sifferföljder godtas inte: det är dem alla provar först.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1212"/>
        <source>&amp;New admin PIN</source>
        <translation>N&amp;y admin-PIN-kod</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1212"/>
        <source>Digits only</source>
        <translation>Endast siffror</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1213"/>
        <source>&amp;Repeat the new PIN</source>
        <translation>&amp;Upprepa den nya PIN-koden</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1213"/>
        <source>The same digits again</source>
        <translation>Samma siffror igen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1216"/>
        <source>Changing…</source>
        <translation>Ändrar…</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1216"/>
        <location filename="../ui/screens/admin.py" line="1217"/>
        <source>Change PIN</source>
        <translation>Ändra PIN-kod</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1218"/>
        <source>Makes the new PIN the admin PIN</source>
        <translation>Gör den nya PIN-koden till admin-PIN-kod</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1221"/>
        <source>Versions</source>
        <translation>Versioner</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1222"/>
        <source>Waiting to be sent</source>
        <translation>Väntar på att skickas</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1224"/>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1225"/>
        <source>Needs a salesperson</source>
        <translation>Behöver en säljare</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1226"/>
        <source>Oldest waiting since</source>
        <translation>Äldsta väntar sedan</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1227"/>
        <source>Last sent</source>
        <translation>Senast skickat</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1228"/>
        <source>Last problem</source>
        <translation>Senaste problem</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1242"/>
        <source>Holds the logs, e-mail addresses and phone numbers masked, and this page; no customer&apos;s details.</source>
        <translation>Innehåller loggarna, med maskerade e-postadresser och telefonnummer, samt den här sidan; inga kunduppgifter.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1245"/>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1245"/>
        <location filename="../ui/screens/admin.py" line="1246"/>
        <source>Export logs</source>
        <translation>Exportera loggar</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1247"/>
        <source>Saves the logs for support as one zip file</source>
        <translation>Sparar loggarna för support som en zip-fil</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1248"/>
        <source>Saved as: %1</source>
        <translation>Sparad som: %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1250"/>
        <source>Export saved as</source>
        <translation>Exporten sparad som</translation>
    </message>
</context>
<context>
    <name>BuyerFormScreen</name>
    <message>
        <location filename="../ui/app.py" line="96"/>
        <location filename="../ui/screens/buyer_form.py" line="319"/>
        <location filename="../ui/screens/buyer_form.py" line="475"/>
        <source>Send invitation</source>
        <translation>Skicka inbjudan</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="315"/>
        <source>Sending…</source>
        <extracomment>In correction mode: the corrected address for the invitation already sent. The dealer&apos;s country: which salutations to offer, and how a phone number without &quot;+&quot; is read. Good news about the customer before (e.g. &quot;saved, will be sent&quot;): shown until the next send.</extracomment>
        <translation>Skickar…</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="317"/>
        <source>Send to the corrected address</source>
        <translation>Skicka till den rättade adressen</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="352"/>
        <source>Please give the customer the privacy notice, then tick this box.</source>
        <translation>Ge kunden integritetsmeddelandet och kryssa sedan i rutan.</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="401"/>
        <source>Signed in: %1</source>
        <translation>Inloggad: %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="403"/>
        <location filename="../ui/screens/buyer_form.py" line="404"/>
        <source>Invitations</source>
        <translation>Inbjudningar</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="405"/>
        <source>This showroom&apos;s invitations and how far they got</source>
        <translation>Anläggningens inbjudningar och hur långt de har kommit</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="407"/>
        <location filename="../ui/screens/buyer_form.py" line="408"/>
        <source>Sign out</source>
        <translation>Logga ut</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="409"/>
        <source>Locks the kiosk and returns to the welcome screen</source>
        <translation>Låser kiosken och går tillbaka till välkomstskärmen</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="411"/>
        <source>Invite a customer</source>
        <translation>Bjud in en kund</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="411"/>
        <source>Correct the e-mail address</source>
        <translation>Rätta e-postadressen</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="415"/>
        <source>Only the e-mail address can change. The invitation goes to the corrected address; the old link and code stop working.</source>
        <translation>Bara e-postadressen kan ändras. Inbjudan skickas till den rättade adressen; den gamla länken och koden slutar fungera.</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="421"/>
        <source>The customer receives an e-mail and finishes registering here at the kiosk or on their phone.</source>
        <translation>Kunden får ett e-postmeddelande och slutför registreringen här vid kiosken eller i sin mobil.</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="423"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="424"/>
        <source>&amp;Salutation</source>
        <translation>&amp;Tilltal</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="425"/>
        <source>Salutation</source>
        <translation>Tilltal</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="426"/>
        <source>How the e-mail addresses the customer</source>
        <translation>Hur kunden tilltalas i e-postmeddelandet</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="428"/>
        <source>(none)</source>
        <translation>(inget)</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="429"/>
        <source>Ms</source>
        <translation>Fru</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="430"/>
        <source>Mr</source>
        <translation>Herr</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="439"/>
        <source>The customer&apos;s first name, as in the e-mail</source>
        <translation>Kundens förnamn, som det ska stå i e-postmeddelandet</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="440"/>
        <source>The customer&apos;s last name</source>
        <translation>Kundens efternamn</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="443"/>
        <source>The customer&apos;s e-mail address becomes their user name and cannot be changed later.</source>
        <translation>Kundens e-postadress blir användarnamnet och kan inte ändras i efterhand.</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="446"/>
        <source>&amp;Mobile phone (optional)</source>
        <translation>&amp;Mobilnummer (valfritt)</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="447"/>
        <source>Without a country code, the number is read as one from this showroom&apos;s country.</source>
        <translation>Utan landsnummer tolkas numret som ett nummer från anläggningens land.</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="452"/>
        <source>The language of the e-mail and of the customer&apos;s screens</source>
        <translation>Språket i e-postmeddelandet och på kundens skärmar</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="453"/>
        <source>Vehicle (optional)</source>
        <translation>Fordon (valfritt)</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="454"/>
        <source>M&amp;odel</source>
        <translation>M&amp;odell</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="454"/>
        <source>Optional: the car the customer bought, e.g. Taycan 4S</source>
        <translation>Valfritt: bilen som kunden har köpt, t.ex. Taycan 4S</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="455"/>
        <source>e.g. Taycan 4S</source>
        <translation>t.ex. Taycan 4S</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="457"/>
        <source>&amp;Commission number</source>
        <translation>&amp;Kommissionsnummer</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="457"/>
        <source>Optional: the order&apos;s commission number</source>
        <translation>Valfritt: orderns kommissionsnummer</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="459"/>
        <source>&amp;VIN</source>
        <translation>&amp;VIN</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="459"/>
        <source>The vehicle identification number: 17 letters and digits</source>
        <translation>Fordonets chassinummer: 17 bokstäver och siffror</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="460"/>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="461"/>
        <source>The customer has been given the &amp;privacy notice</source>
        <translation>Kunden har fått &amp;integritetsmeddelandet</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="463"/>
        <source>Required before the invitation can be sent</source>
        <translation>Krävs innan inbjudan kan skickas</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="464"/>
        <source>The customer would like news and offers by:</source>
        <translation>Kunden vill få nyheter och erbjudanden via:</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="466"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="467"/>
        <source>Text message</source>
        <translation>Sms</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="468"/>
        <source>Phone call</source>
        <translation>Telefonsamtal</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="469"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="473"/>
        <source>Marketing by %1</source>
        <translation>Marknadsföring via %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="474"/>
        <source>Optional: only if the customer asked for it</source>
        <translation>Valfritt: bara om kunden har bett om det</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="477"/>
        <source>Sends the customer an e-mail with a registration link and a code; Enter does the same</source>
        <translation>Skickar ett e-postmeddelande med en registreringslänk och en kod till kunden; Enter gör samma sak</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="439"/>
        <source>&amp;First name</source>
        <translation>&amp;Förnamn</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="440"/>
        <source>&amp;Last name</source>
        <translation>&amp;Efternamn</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="442"/>
        <source>&amp;E-mail address</source>
        <translation>E-&amp;postadress</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="450"/>
        <source>Customer&apos;s &amp;language</source>
        <translation>Kundens &amp;språk</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="451"/>
        <source>Customer&apos;s language</source>
        <translation>Kundens språk</translation>
    </message>
</context>
<context>
    <name>EmailHint</name>
    <message>
        <location filename="../ui/widgets/email_hint.py" line="54"/>
        <source>Did you mean %1?</source>
        <translation>Menade du %1?</translation>
    </message>
    <message>
        <location filename="../ui/widgets/email_hint.py" line="55"/>
        <source>Use it</source>
        <translation>Använd den</translation>
    </message>
    <message>
        <location filename="../ui/widgets/email_hint.py" line="56"/>
        <source>Use the suggested address</source>
        <translation>Använd den föreslagna adressen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/email_hint.py" line="57"/>
        <source>Replaces the e-mail address with the suggestion</source>
        <translation>Ersätter e-postadressen med förslaget</translation>
    </message>
</context>
<context>
    <name>FinishHereScreen</name>
    <message>
        <location filename="../ui/screens/finish_here.py" line="380"/>
        <source>The server had a problem, so your ID was not created yet. Please try again in a moment, or finish on your phone or later with the link in the e-mail.</source>
        <extracomment>The password and the choices side by side: each column a readable width at 1280 px. What went wrong reads as a paragraph, not as one line across both columns. The problems the customer cannot get past here: the salesperson takes over. The problems that may be gone in a moment: the same request again, or finish another way. (password, terms accepted) — emitted only when every rule is met and both entries match. Back to the hand-off, whose other ways to finish (phone, later from the e-mail) still work. &quot;Not your e-mail?&quot;: the salesperson corrects the address. The customer cannot finish through this invitation (expired, withdrawn, already done): back to the salesperson, who can send a new one. The backend wants the code from the e-mail first.</extracomment>
        <translation>Servern fick ett problem, så ditt ID har inte skapats ännu. Försök igen om en stund, eller slutför i mobilen eller senare med länken i e-postmeddelandet.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="384"/>
        <source>This invitation has expired or was withdrawn, so it can no longer be used. Please ask the salesperson to send you a new one.</source>
        <translation>Inbjudan har gått ut eller dragits tillbaka och kan inte längre användas. Be säljaren att skicka en ny till dig.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="388"/>
        <source>The server does not know this invitation. Please ask the salesperson to send you a new one.</source>
        <translation>Servern känner inte till den här inbjudan. Be säljaren att skicka en ny till dig.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="391"/>
        <source>This registration is already complete: your %1 exists. Sign in with your e-mail address and the password you chose.</source>
        <translation>Den här registreringen är redan slutförd: ditt %1 är skapat. Logga in med din e-postadress och det lösenord du valde.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="395"/>
        <source>This e-mail address already has a %1, so no new one is needed. Please sign in with it; the salesperson can help if you have forgotten the password.</source>
        <translation>Den här e-postadressen har redan ett %1, så inget nytt behövs. Logga in med det; säljaren kan hjälpa dig om du har glömt lösenordet.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="400"/>
        <source>The password does not meet all the rules. Please choose another one.</source>
        <translation>Lösenordet uppfyller inte alla regler. Välj ett annat.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="402"/>
        <source>Please accept the terms of use to create your ID.</source>
        <translation>Godkänn användarvillkoren för att skapa ditt ID.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="403"/>
        <source>Please enter the code from the e-mail first.</source>
        <translation>Ange först koden från e-postmeddelandet.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="405"/>
        <source>This kiosk cannot create IDs right now. Please finish on your phone or later with the link in the e-mail.</source>
        <translation>Kiosken kan inte skapa ID just nu. Slutför i mobilen eller senare med länken i e-postmeddelandet.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="409"/>
        <source>Something went wrong, so your ID was not created yet. Please try again, or finish on your phone or later with the link in the e-mail.</source>
        <translation>Något gick fel, så ditt ID har inte skapats ännu. Försök igen, eller slutför i mobilen eller senare med länken i e-postmeddelandet.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="428"/>
        <source>The passwords match</source>
        <translation>Lösenorden stämmer överens</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="428"/>
        <source>The passwords do not match</source>
        <translation>Lösenorden stämmer inte överens</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="446"/>
        <source>Creating your ID…</source>
        <translation>Skapar ditt ID…</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="446"/>
        <source>Create my %1</source>
        <translation>Skapa mitt %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="456"/>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="456"/>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="457"/>
        <source>Hide password</source>
        <translation>Dölj lösenordet</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="457"/>
        <source>Show password</source>
        <translation>Visa lösenordet</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="459"/>
        <source>The password is shown in both fields.</source>
        <translation>Lösenordet visas i båda fälten.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="461"/>
        <source>The password is hidden in both fields.</source>
        <translation>Lösenordet är dolt i båda fälten.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="500"/>
        <source>Welcome, %1</source>
        <translation>Välkommen, %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="501"/>
        <source>Your user name is your e-mail address: %1</source>
        <translation>Ditt användarnamn är din e-postadress: %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="502"/>
        <location filename="../ui/screens/finish_here.py" line="503"/>
        <source>Not your e-mail?</source>
        <translation>Inte din e-postadress?</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="506"/>
        <source>Lets you correct your e-mail address; a new code is sent. Nothing typed here is kept.</source>
        <translation>Låter dig rätta din e-postadress; en ny kod skickas. Inget du skrivit här sparas.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="510"/>
        <source>Calls the salesperson, who corrects the e-mail address. Nothing typed here is kept.</source>
        <translation>Ber säljaren att rätta e-postadressen. Inget som du har skrivit här sparas.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="512"/>
        <source>Choose a &amp;password</source>
        <translation>Välj ett &amp;lösenord</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="513"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="514"/>
        <source>The rules below show which requirements are met.</source>
        <translation>Reglerna nedan visar vilka krav som är uppfyllda.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="515"/>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Upprepa lösenordet</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="516"/>
        <source>Repeat the password</source>
        <translation>Upprepa lösenordet</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="517"/>
        <source>Type the same password again, to be sure of it.</source>
        <translation>Skriv samma lösenord igen, för säkerhets skull.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="518"/>
        <source>Terms and news</source>
        <translation>Villkor och nyheter</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="519"/>
        <location filename="../ui/screens/finish_here.py" line="520"/>
        <source>I accept the terms of use</source>
        <translation>Jag godkänner användarvillkoren</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="521"/>
        <source>Required to create your ID.</source>
        <translation>Krävs för att skapa ditt ID.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="522"/>
        <source>I would like news and offers by (optional):</source>
        <translation>Jag vill få nyheter och erbjudanden via (valfritt):</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="524"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="525"/>
        <source>Text message</source>
        <translation>Sms</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="526"/>
        <source>Phone call</source>
        <translation>Telefonsamtal</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="527"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="531"/>
        <source>News and offers by %1</source>
        <translation>Nyheter och erbjudanden via %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="532"/>
        <source>Optional. You can change this later in your account.</source>
        <translation>Valfritt. Du kan ändra det senare i ditt konto.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="533"/>
        <location filename="../ui/screens/finish_here.py" line="534"/>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="535"/>
        <source>Sends the same password again.</source>
        <translation>Skickar samma lösenord igen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="536"/>
        <location filename="../ui/screens/finish_here.py" line="537"/>
        <source>Use my phone or finish later</source>
        <translation>Använd mobilen eller slutför senare</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="539"/>
        <source>Back to the choices: scan a QR code with your phone, or use the link in the e-mail later.</source>
        <translation>Tillbaka till valen: skanna en QR-kod med mobilen eller använd länken i e-postmeddelandet senare.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="541"/>
        <location filename="../ui/screens/finish_here.py" line="542"/>
        <source>Back to the salesperson</source>
        <translation>Tillbaka till säljaren</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="544"/>
        <source>Hands the kiosk back to the salesperson, who can send a new invitation.</source>
        <translation>Lämnar tillbaka kiosken till säljaren, som kan skicka en ny inbjudan.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="546"/>
        <location filename="../ui/screens/finish_here.py" line="547"/>
        <source>Enter the code</source>
        <translation>Ange koden</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="548"/>
        <source>Back to the code from the e-mail.</source>
        <translation>Tillbaka till koden från e-postmeddelandet.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="549"/>
        <location filename="../ui/screens/finish_here.py" line="550"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="551"/>
        <source>Back to the choices. Nothing typed here is kept.</source>
        <translation>Tillbaka till valen. Inget som du har skrivit här sparas.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="553"/>
        <source>Creates your ID once every rule is met, both passwords match and the terms are accepted.</source>
        <translation>Skapar ditt ID när alla regler är uppfyllda, båda lösenorden stämmer överens och villkoren är godkända.</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../ui/widgets/funnel_chart.py" line="68"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../ui/widgets/funnel_chart.py" line="69"/>
        <source>This week</source>
        <translation>Den här veckan</translation>
    </message>
    <message>
        <location filename="../ui/widgets/funnel_chart.py" line="73"/>
        <source>Invited</source>
        <translation>Inbjudna</translation>
    </message>
    <message>
        <location filename="../ui/widgets/funnel_chart.py" line="73"/>
        <source>Opened</source>
        <translation>Öppnade</translation>
    </message>
    <message>
        <location filename="../ui/widgets/funnel_chart.py" line="73"/>
        <source>Registered</source>
        <translation>Registrerade</translation>
    </message>
    <message>
        <location filename="../ui/widgets/funnel_chart.py" line="77"/>
        <source>%1%</source>
        <extracomment>A whole percentage, as in &quot;42%&quot;; write it as your language does (&quot;42 %&quot; in German).</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../ui/widgets/funnel_chart.py" line="80"/>
        <source>Loading the figures…</source>
        <translation>Hämtar siffrorna…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/funnel_chart.py" line="80"/>
        <source>Figures are not available offline.</source>
        <translation>Siffrorna är inte tillgängliga offline.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/funnel_chart.py" line="84"/>
        <source>%1: no invitations yet.</source>
        <translation>%1: inga inbjudningar ännu.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/funnel_chart.py" line="86"/>
        <source>%1: %2 invited, %3 opened (%4), %5 registered (%6).</source>
        <translation>%1: %2 inbjudna, %3 öppnade (%4), %5 registrerade (%6).</translation>
    </message>
    <message>
        <location filename="../ui/widgets/funnel_chart.py" line="96"/>
        <source>Invited, opened and registered</source>
        <translation>Inbjudna, öppnade och registrerade</translation>
    </message>
</context>
<context>
    <name>HandoffScreen</name>
    <message>
        <location filename="../ui/screens/handoff.py" line="295"/>
        <source>Valid for %1 more; a new code follows by itself.</source>
        <extracomment>The arrow keys that go to the previous and to the next of the three choices. The mail bounced: back to the form, entries kept, to fix the address and send again.</extracomment>
        <translation>Giltig i %1 till; en ny kod visas automatiskt.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="306"/>
        <source>The e-mail could not be delivered</source>
        <translation>E-postmeddelandet kunde inte levereras</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="308"/>
        <source>No mailbox accepted mail for %1. Please check the address with the customer.</source>
        <translation>Ingen brevlåda tog emot e-post till %1. Kontrollera adressen tillsammans med kunden.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="313"/>
        <source>Invitation sent</source>
        <translation>Inbjudan skickad</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="314"/>
        <source>We sent an e-mail with a registration link to %1.</source>
        <translation>Vi har skickat ett e-postmeddelande med en registreringslänk till %1.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="317"/>
        <location filename="../ui/screens/handoff.py" line="318"/>
        <source>Correct the e-mail address</source>
        <translation>Rätta e-postadressen</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="320"/>
        <source>For the salesperson: back to the form to fix the address and send the invitation again</source>
        <translation>För säljaren: tillbaka till formuläret för att rätta adressen och skicka inbjudan igen</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="322"/>
        <source>How would you like to finish?</source>
        <translation>Hur vill du slutföra?</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="324"/>
        <source>Finish here now</source>
        <translation>Slutför här nu</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="324"/>
        <source>Enter the code from the e-mail and choose your password here.</source>
        <translation>Ange koden från e-postmeddelandet och välj ditt lösenord här.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="327"/>
        <location filename="../ui/screens/handoff.py" line="333"/>
        <source>Scan with your phone</source>
        <translation>Skanna med mobilen</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="327"/>
        <source>Scan a QR code and finish on your phone, at your own pace.</source>
        <translation>Skanna en QR-kod och slutför i mobilen, i din egen takt.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="330"/>
        <source>Later, from the e-mail</source>
        <translation>Senare, via e-postmeddelandet</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="330"/>
        <source>Open the link in the e-mail whenever it suits you.</source>
        <translation>Öppna länken i e-postmeddelandet när det passar dig.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="336"/>
        <source>Preparing the code…</source>
        <translation>Koden förbereds…</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="337"/>
        <source>Point your phone&apos;s camera at the code and follow the link.</source>
        <translation>Rikta mobilens kamera mot koden och öppna länken.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="338"/>
        <source>The code is not available right now. Use the link in the e-mail instead.</source>
        <translation>Koden är inte tillgänglig just nu. Använd länken i e-postmeddelandet i stället.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="342"/>
        <source>Registered</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="344"/>
        <source>Connection lost, reconnecting…</source>
        <translation>Anslutningen bröts, ansluter igen…</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="346"/>
        <source>Waiting for the customer…</source>
        <translation>Väntar på kunden…</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="351"/>
        <source>QR code with the registration link</source>
        <translation>QR-kod med registreringslänken</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="352"/>
        <source>Scan it with your phone&apos;s camera</source>
        <translation>Skanna den med mobilens kamera</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="354"/>
        <source>Your phone will show: %1</source>
        <translation>Din mobil kommer att visa: %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="357"/>
        <location filename="../ui/screens/handoff.py" line="358"/>
        <source>Other ways to finish</source>
        <translation>Andra sätt att slutföra</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="360"/>
        <source>Back to the choice: finish here, scan with your phone, or later</source>
        <translation>Tillbaka till valet: slutför här, skanna med mobilen eller senare</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="362"/>
        <source>All set</source>
        <translation>Allt klart</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="364"/>
        <source>The e-mail to %1 has your registration link. Open it whenever it suits you.</source>
        <translation>E-postmeddelandet till %1 innehåller din registreringslänk. Öppna den när det passar dig.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="366"/>
        <location filename="../ui/screens/handoff.py" line="367"/>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="368"/>
        <source>Ends here: the kiosk is ready for the next customer</source>
        <translation>Avslutar här: kiosken är redo för nästa kund</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="371"/>
        <source>For the salesperson: start over with the next customer</source>
        <translation>För säljaren: börja om med nästa kund</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="369"/>
        <source>Next customer</source>
        <translation>Nästa kund</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="369"/>
        <source>New customer</source>
        <translation>Ny kund</translation>
    </message>
</context>
<context>
    <name>HowItWorksPage</name>
    <message>
        <location filename="../ui/screens/info_pages.py" line="109"/>
        <source>How registration works</source>
        <translation>Så fungerar registreringen</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="112"/>
        <source>1. Your salesperson enters your name and e-mail address. You receive an e-mail with a registration link and a 6-digit code.</source>
        <translation>1. Din säljare anger ditt namn och din e-postadress. Du får ett e-postmeddelande med en registreringslänk och en sexsiffrig kod.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="116"/>
        <source>2. Finish here at the kiosk with the code, or scan the QR code on the screen and finish on your phone. You can also use the link in the e-mail later.</source>
        <translation>2. Slutför här vid kiosken med koden, eller skanna QR-koden på skärmen och slutför i din mobil. Du kan också använda länken i e-postmeddelandet senare.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="120"/>
        <source>3. Choose a password with at least 8 characters, including an uppercase letter, a digit and a special character such as ! or ?.</source>
        <translation>3. Välj ett lösenord med minst 8 tecken, varav en versal, en siffra och ett specialtecken som ! eller ?.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="123"/>
        <source>4. That is all: sign in with your e-mail address and your new password.</source>
        <translation>4. Klart: logga in med din e-postadress och ditt nya lösenord.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="125"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="126"/>
        <source>Back to the welcome screen</source>
        <translation>Tillbaka till välkomstskärmen</translation>
    </message>
</context>
<context>
    <name>InvitationsFlow</name>
    <message>
        <location filename="../ui/invitations_flow.py" line="187"/>
        <source>A new e-mail will be sent; the list shows it once the server has it.</source>
        <extracomment>The hand-off&apos;s phone view for this invitation (an :class:`InvitationView`, fresh from the backend). The form in correction mode for this invitation (an :class:`InvitationView`). The form with a refused invitation&apos;s saved details, to fix and send again (an :class:`InvitationCreate`). A write is in the outbox: the sync worker should send it now rather than at its next round. The backend&apos;s list from its last answer (None: it did not answer); the kiosk&apos;s rows merge into it. The ids of writes queued from this screen, so their outcome refreshes the list. (Resend then cancel of one invitation are two writes; each outcome settles its own.)</extracomment>
        <translation>Ett nytt e-postmeddelande skickas; listan visar det när servern har tagit emot begäran.</translation>
    </message>
    <message>
        <location filename="../ui/invitations_flow.py" line="189"/>
        <source>The invitation will be cancelled; the list shows it once the server has it.</source>
        <translation>Inbjudan återkallas; listan visar det när servern har tagit emot begäran.</translation>
    </message>
</context>
<context>
    <name>InvitationsScreen</name>
    <message>
        <location filename="../ui/screens/invitations.py" line="76"/>
        <source>Waiting to send</source>
        <translation>Väntar på att skickas</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="77"/>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="78"/>
        <source>Opened</source>
        <translation>Öppnade</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="79"/>
        <source>Registered</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="80"/>
        <source>Already had an ID</source>
        <translation>Hade redan ett ID</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="81"/>
        <source>Expired</source>
        <translation>Utgången</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="82"/>
        <source>Cancelled</source>
        <translation>Återkallad</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="83"/>
        <source>Delivery failed</source>
        <translation>Leverans misslyckades</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="84"/>
        <source>Needs attention</source>
        <translation>Behöver åtgärdas</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="90"/>
        <source>Check the address</source>
        <translation>Kontrollera adressen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="91"/>
        <source>Details not accepted</source>
        <translation>Uppgifter inte godtagna</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="92"/>
        <source>Refused by the server</source>
        <translation>Avvisad av servern</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="108"/>
        <source>Saved on this kiosk. It goes out as soon as the server can be reached.</source>
        <translation>Sparad på den här kiosken. Den skickas så snart servern går att nå.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="112"/>
        <source>The customer has not opened the invitation yet.</source>
        <translation>Kunden har inte öppnat inbjudan än.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="114"/>
        <source>The customer opened the invitation but has not finished registering.</source>
        <translation>Kunden har öppnat inbjudan men inte slutfört registreringen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="118"/>
        <source>The customer has registered.</source>
        <translation>Kunden har registrerat sig.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="120"/>
        <source>The customer already had an ID; the vehicle was linked to it.</source>
        <translation>Kunden hade redan ett ID; fordonet har kopplats till det.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="124"/>
        <source>The invitation expired. Send a new one if the customer still wants an ID.</source>
        <translation>Inbjudan har gått ut. Skicka en ny om kunden fortfarande vill ha ett ID.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="128"/>
        <source>This invitation was cancelled.</source>
        <translation>Inbjudan har återkallats.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="130"/>
        <source>The e-mail could not be delivered. Please check the address with the customer.</source>
        <translation>E-postmeddelandet kunde inte levereras. Kontrollera adressen tillsammans med kunden.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="134"/>
        <source>The server did not accept some of the details. Correct them and send it again.</source>
        <translation>Servern godtog inte vissa uppgifter. Rätta dem och skicka igen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="137"/>
        <source>The server refused this invitation. Check the details and send it again.</source>
        <translation>Servern avvisade inbjudan. Kontrollera uppgifterna och skicka igen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="151"/>
        <source>Yesterday</source>
        <translation>I går</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="651"/>
        <location filename="../ui/screens/invitations.py" line="662"/>
        <source>Invitations</source>
        <translation>Inbjudningar</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="652"/>
        <source>Offline: showing only what this kiosk holds.</source>
        <translation>Offline: visar bara det som finns på den här kiosken.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="654"/>
        <source>Search by name or e-mail</source>
        <translation>Sök på namn eller e-post</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="655"/>
        <source>Search invitations</source>
        <translation>Sök inbjudningar</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="657"/>
        <source>Type part of a name or an e-mail address; the list shows the matches as you type.</source>
        <translation>Skriv en del av ett namn eller en e-postadress; listan visar träffarna medan du skriver.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="660"/>
        <source>Clear the search</source>
        <translation>Rensa sökningen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="661"/>
        <source>Empties the search field; the list shows every invitation again</source>
        <translation>Tömmer sökfältet; listan visar alla inbjudningar igen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="664"/>
        <source>Newest first. Use the arrow keys to choose an invitation; its actions follow the list.</source>
        <translation>Nyaste först. Välj en inbjudan med piltangenterna; dess åtgärder följer efter listan.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="669"/>
        <source>Show QR code again</source>
        <translation>Visa QR-koden igen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="671"/>
        <source>Shows the invitation&apos;s QR code so the customer can scan it with a phone.</source>
        <translation>Visar inbjudans QR-kod så att kunden kan skanna den med mobilen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="673"/>
        <source>Resend</source>
        <translation>Skicka igen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="675"/>
        <source>Sends the e-mail again with a new link and code; the old ones stop working.</source>
        <translation>Skickar e-postmeddelandet igen med en ny länk och kod; de gamla slutar fungera.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="681"/>
        <source>Showroom figures</source>
        <translation>Anläggningens siffror</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="682"/>
        <location filename="../ui/screens/invitations.py" line="683"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="684"/>
        <source>Leaves the list of invitations.</source>
        <translation>Lämnar listan med inbjudningar.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="685"/>
        <location filename="../ui/screens/invitations.py" line="686"/>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="687"/>
        <source>Loads the invitations and the figures again.</source>
        <translation>Hämtar inbjudningarna och siffrorna igen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="715"/>
        <source>Loading the invitations…</source>
        <translation>Hämtar inbjudningarna…</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="719"/>
        <source>No invitation matches “%1”.</source>
        <translation>Ingen inbjudan matchar ”%1”.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="721"/>
        <source>No invitations yet. The invitations you send appear here.</source>
        <translation>Inga inbjudningar ännu. De inbjudningar du skickar visas här.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="723"/>
        <source>This kiosk holds no invitations. Those sent earlier show when the server can be reached.</source>
        <translation>Det finns inga inbjudningar på den här kiosken. De som skickats tidigare visas när servern går att nå.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="731"/>
        <source>No invitation chosen</source>
        <translation>Ingen inbjudan vald</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="732"/>
        <source>Choose one in the list to see what you can do with it.</source>
        <translation>Välj en i listan för att se vad du kan göra med den.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="742"/>
        <source>Correct the details</source>
        <translation>Rätta uppgifterna</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="744"/>
        <source>Opens the details saved on this kiosk to fix them and send the invitation again.</source>
        <translation>Öppnar uppgifterna som sparats på kiosken för att rätta dem och skicka inbjudan igen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="747"/>
        <source>Correct e-mail</source>
        <translation>Rätta e-post</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="749"/>
        <source>Opens the invitation to correct the e-mail address; the old link and code stop working.</source>
        <translation>Öppnar inbjudan för att rätta e-postadressen; den gamla länken och koden slutar fungera.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="757"/>
        <source>Confirm cancel</source>
        <translation>Bekräfta återkallning</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="759"/>
        <source>Press again within 5 seconds to cancel the invitation; its link and code stop working.</source>
        <translation>Tryck igen inom 5 sekunder för att återkalla inbjudan; dess länk och kod slutar fungera.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="762"/>
        <source>Cancel invitation</source>
        <translation>Återkalla inbjudan</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="764"/>
        <source>Withdraws the invitation: its link and code stop working. You confirm with a second press.</source>
        <translation>Återkallar inbjudan: dess länk och kod slutar fungera. Du bekräftar med ett andra tryck.</translation>
    </message>
</context>
<context>
    <name>Journey</name>
    <message>
        <location filename="../ui/journey.py" line="611"/>
        <source>A new code is on its way to %1. It replaces the old one.</source>
        <extracomment>Ask for a new QR link this long before the current one expires, so a phone never scans a dead one. How long a salesperson waits to hear &quot;sent&quot; before being told &quot;saved, will be sent later&quot;. Not confirmed yet, but safely saved: the screen says it will go when the connection is back. Wrong admin PINs are counted across wipes (a wipe must not reset the lockout). The salesperson signed in, named on every staff action (None: nobody is). The language the salesperson signed in with: their screens come back to it. A walk-in&apos;s registration being sent: the same details again reuse its id (no double account).</extracomment>
        <translation>En ny kod är på väg till %1. Den ersätter den gamla.</translation>
    </message>
    <message>
        <location filename="../ui/journey.py" line="795"/>
        <source>This showroom cannot create accounts at the kiosk. Please ask one of our salespeople.</source>
        <translation>Den här anläggningen kan inte skapa konton vid kiosken. Vänd dig till någon av våra säljare.</translation>
    </message>
    <message>
        <location filename="../ui/journey.py" line="800"/>
        <source>The kiosk cannot reach the server right now, so nothing was sent. Please try again in a moment, or ask one of our salespeople.</source>
        <translation>Kiosken når inte servern just nu, så inget skickades. Försök igen om en stund eller vänd dig till någon av våra säljare.</translation>
    </message>
    <message>
        <location filename="../ui/journey.py" line="849"/>
        <source>The server refused this invitation. Fix the details, then send it again.</source>
        <translation>Servern avvisade inbjudan. Rätta uppgifterna och skicka sedan igen.</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <location filename="../ui/widgets/language_bar.py" line="50"/>
        <source>Show the kiosk in this language</source>
        <translation>Visa kiosken på det här språket</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../ui/messages.py" line="22"/>
        <source>Please enter the first name.</source>
        <translation>Ange förnamnet.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="23"/>
        <source>Please enter the last name.</source>
        <translation>Ange efternamnet.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="24"/>
        <source>Please enter the e-mail address.</source>
        <translation>Ange e-postadressen.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="25"/>
        <source>This field is required.</source>
        <translation>Fältet måste fyllas i.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="27"/>
        <source>This is too long.</source>
        <translation>Det här är för långt.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="29"/>
        <source>Please use letters only (spaces, hyphens and apostrophes are fine).</source>
        <translation>Använd bara bokstäver (mellanslag, bindestreck och apostrofer går bra).</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="33"/>
        <source>This is not a mobile number we can use, e.g. %1.</source>
        <translation>Det här är inget mobilnummer vi kan använda, t.ex. %1.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="37"/>
        <source>A VIN has 17 letters and digits (never I, O or Q).</source>
        <translation>Ett chassinummer (VIN) har 17 bokstäver och siffror (aldrig I, O eller Q).</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="39"/>
        <source>Please use letters and digits only.</source>
        <translation>Använd bara bokstäver och siffror.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="41"/>
        <source>This is not a valid e-mail address, e.g. name@example.com.</source>
        <translation>Det här är ingen giltig e-postadress, t.ex. namn@example.com.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="42"/>
        <source>Please check this field.</source>
        <translation>Kontrollera fältet.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="47"/>
        <source>At least 8 characters</source>
        <translation>Minst 8 tecken</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="48"/>
        <source>At least one uppercase letter</source>
        <translation>Minst en versal</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="49"/>
        <source>At least one digit</source>
        <translation>Minst en siffra</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="50"/>
        <source>At least one special character (e.g. ! § $ % &amp; ?)</source>
        <translation>Minst ett specialtecken (t.ex. ! § $ % &amp; ?)</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="53"/>
        <source>This is one of the most common passwords. Please choose one that is harder to guess.</source>
        <translation>Det här är ett av de vanligaste lösenorden. Välj ett som är svårare att gissa.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="60"/>
        <source>Saved, not sent yet: the server cannot be reached. The invitation goes out by itself as soon as the connection is back.</source>
        <translation>Sparad, inte skickad ännu: servern går inte att nå. Inbjudan skickas automatiskt så snart anslutningen är tillbaka.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="68"/>
        <source>Saved, not sent yet: the server cannot be reached. The invitation goes to the corrected address as soon as the connection is back.</source>
        <translation>Sparad, inte skickad ännu: servern går inte att nå. Inbjudan går till den rättade adressen så snart anslutningen är tillbaka.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="76"/>
        <source>The server cannot be reached right now. A new code will be e-mailed as soon as the connection is back.</source>
        <translation>Servern går inte att nå just nu. En ny kod skickas via e-post så snart anslutningen är tillbaka.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="83"/>
        <source>The server cannot be reached right now, so the registration cannot be finished here. Nothing was saved. Please try again in a moment, scan the QR code with your phone, or finish later with the link in the e-mail.</source>
        <translation>Servern går inte att nå just nu, så registreringen kan inte slutföras här. Inget sparades. Försök igen om en stund, skanna QR-koden med din mobil eller slutför senare med länken i e-postmeddelandet.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="94"/>
        <source>This kiosk could not save the details. Nothing was sent; please call your administrator.</source>
        <translation>Kiosken kunde inte spara uppgifterna. Inget skickades; kontakta din administratör.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="98"/>
        <source>The kiosk cannot reach the server right now. Nothing was sent; please try again.</source>
        <translation>Kiosken når inte servern just nu. Inget skickades; försök igen.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="102"/>
        <source>That code is not right. Tries left: %1.</source>
        <translation>Koden stämmer inte. Försök kvar: %1.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="107"/>
        <source>Several codes were sent already. Please try again in %1 minutes.</source>
        <translation>Flera koder har redan skickats. Försök igen om %1 minuter.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="112"/>
        <source>This code can no longer be used. Please ask for a new one.</source>
        <translation>Koden kan inte längre användas. Be om en ny.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="115"/>
        <source>Please enter the code from the e-mail first.</source>
        <translation>Ange först koden från e-postmeddelandet.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="118"/>
        <source>This e-mail address already has an ID. Please sign in with it.</source>
        <translation>Den här e-postadressen har redan ett ID. Logga in med det.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="121"/>
        <source>This registration is already complete.</source>
        <translation>Den här registreringen är redan slutförd.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="124"/>
        <source>This invitation has expired or was withdrawn. Please send a new one.</source>
        <translation>Inbjudan har gått ut eller dragits tillbaka. Skicka en ny.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="127"/>
        <source>Please accept the terms of use to continue.</source>
        <translation>Godkänn användarvillkoren för att fortsätta.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="130"/>
        <source>The password does not meet all the rules listed.</source>
        <translation>Lösenordet uppfyller inte alla regler i listan.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="133"/>
        <source>Some details were not accepted. Please check the form.</source>
        <translation>Vissa uppgifter godtogs inte. Kontrollera formuläret.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="136"/>
        <source>This kiosk is not enrolled. Please call your administrator.</source>
        <translation>Kiosken är inte registrerad. Kontakta din administratör.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="139"/>
        <source>The server does not know this invitation. Please start again.</source>
        <translation>Servern känner inte till den här inbjudan. Börja om.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="142"/>
        <source>You can no longer act at this showroom. Nothing was sent; please ask your administrator.</source>
        <translation>Du kan inte längre arbeta i den här anläggningen. Inget skickades; kontakta din administratör.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="145"/>
        <source>The server refused the request.</source>
        <translation>Servern avvisade begäran.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="147"/>
        <source>The server had a problem. Please try again in a moment.</source>
        <translation>Servern fick ett problem. Försök igen om en stund.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="148"/>
        <source>Something went wrong. Please try again.</source>
        <translation>Något gick fel. Försök igen.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="342"/>
        <source>Delete</source>
        <extracomment>The three rows of letters, as each language&apos;s own keyboards have them. Digits first, then every special character of the password rules&apos; example (``!§$%&amp;?``) and more. Letters with accents, for the names of customers from anywhere (Hélène, Zoë, Åsa on any layout). Fields that ask for these start on the page of digits. Set to True on a field that has keys of its own next to it (the PIN pad): no keyboard for it. Shown or hidden (the window lays out the screens above it again). The keys of the current page, by the character they type.</extracomment>
        <translation>Radera</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="342"/>
        <source>Deletes the character before the cursor</source>
        <translation>Raderar tecknet före markören</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="343"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="343"/>
        <source>Does what the Enter key does in this field</source>
        <translation>Gör det som Enter-tangenten gör i det här fältet</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="344"/>
        <source>Capital letter</source>
        <translation>Versal</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="344"/>
        <source>The next letter is a capital</source>
        <translation>Nästa bokstav blir versal</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="345"/>
        <source>Digits and symbols</source>
        <translation>Siffror och symboler</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="345"/>
        <source>Switches between letters and digits with symbols</source>
        <translation>Växlar mellan bokstäver och siffror med symboler</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="346"/>
        <source>Letters with accents</source>
        <translation>Bokstäver med accenter</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="346"/>
        <source>Switches to letters with accents and back</source>
        <translation>Växlar till bokstäver med accenter och tillbaka</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="347"/>
        <source>Types an at sign, as in an e-mail address</source>
        <translation>Skriver ett snabel-a, som i en e-postadress</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="348"/>
        <source>Space</source>
        <translation>Mellanslag</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="348"/>
        <source>Types a space</source>
        <translation>Skriver ett mellanslag</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="349"/>
        <source>Dot</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="349"/>
        <source>Types a dot</source>
        <translation>Skriver en punkt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="350"/>
        <source>Hyphen</source>
        <translation>Bindestreck</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="350"/>
        <source>Types a hyphen</source>
        <translation>Skriver ett bindestreck</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="351"/>
        <source>Hide the keyboard</source>
        <translation>Dölj tangentbordet</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="351"/>
        <source>Touch a field to bring it back</source>
        <translation>Tryck på ett fält för att få tillbaka det</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="359"/>
        <source>Types this character</source>
        <translation>Skriver det här tecknet</translation>
    </message>
</context>
<context>
    <name>PasswordChecklist</name>
    <message>
        <location filename="../ui/widgets/password_checklist.py" line="52"/>
        <source>%1: met</source>
        <translation>%1: uppfyllt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/password_checklist.py" line="54"/>
        <source>%1: not met yet</source>
        <translation>%1: inte uppfyllt än</translation>
    </message>
    <message>
        <location filename="../ui/widgets/password_checklist.py" line="59"/>
        <source>Password rules</source>
        <translation>Lösenordsregler</translation>
    </message>
    <message>
        <location filename="../ui/widgets/password_checklist.py" line="62"/>
        <source>%1 of %2 rules met.</source>
        <translation>%1 av %2 regler uppfyllda.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../ui/widgets/pin_pad.py" line="44"/>
        <source>Type this digit into the PIN</source>
        <translation>Skriv in den här siffran i PIN-koden</translation>
    </message>
    <message>
        <location filename="../ui/widgets/pin_pad.py" line="45"/>
        <source>Delete last digit</source>
        <translation>Radera sista siffran</translation>
    </message>
    <message>
        <location filename="../ui/widgets/pin_pad.py" line="46"/>
        <source>Removes the last digit of the PIN</source>
        <translation>Tar bort PIN-kodens sista siffra</translation>
    </message>
</context>
<context>
    <name>RegisteredScreen</name>
    <message>
        <location filename="../ui/screens/registered.py" line="70"/>
        <source>Already registered</source>
        <translation>Redan registrerad</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="72"/>
        <source>%1 already has a %2 with this e-mail address, so no new one is needed. We have let them know by e-mail.</source>
        <translation>%1 har redan ett %2 med den här e-postadressen, så inget nytt behövs. Vi har meddelat kunden via e-post.</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="76"/>
        <source>Registered</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="77"/>
        <source>Thank you, %1. Your %2 is ready: sign in with your e-mail address and your new password.</source>
        <translation>Tack, %1. Ditt %2 är klart: logga in med din e-postadress och ditt nya lösenord.</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="79"/>
        <source>Your user name: %1</source>
        <translation>Ditt användarnamn: %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="81"/>
        <source>Success</source>
        <translation>Klart</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="82"/>
        <location filename="../ui/screens/registered.py" line="83"/>
        <source>Next customer</source>
        <translation>Nästa kund</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="84"/>
        <source>Hands the kiosk back to the salesperson.</source>
        <translation>Lämnar tillbaka kiosken till säljaren.</translation>
    </message>
</context>
<context>
    <name>SelfRegistrationScreen</name>
    <message>
        <location filename="../ui/screens/self_registration.py" line="131"/>
        <source>Sending…</source>
        <extracomment>(first name, last name, e-mail, news by e-mail): the window adds the id and the language. In correction mode: the corrected address for the registration already sent.</extracomment>
        <translation>Skickar…</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="133"/>
        <location filename="../ui/screens/self_registration.py" line="228"/>
        <source>Send to this address</source>
        <translation>Skicka till den här adressen</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="135"/>
        <location filename="../ui/screens/self_registration.py" line="234"/>
        <source>Create my %1</source>
        <translation>Skapa mitt %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="164"/>
        <source>Please read the privacy notice above, then tick this box.</source>
        <translation>Läs integritetsmeddelandet ovan och kryssa sedan i rutan.</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="194"/>
        <source>Correct your e-mail address</source>
        <translation>Rätta din e-postadress</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="197"/>
        <source>Only the e-mail address can change. We send a new code to the corrected address; the code sent before stops working.</source>
        <translation>Bara e-postadressen kan ändras. Vi skickar en ny kod till den rättade adressen; koden som skickades tidigare slutar gälla.</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="202"/>
        <source>Create your %1</source>
        <translation>Skapa ditt %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="205"/>
        <source>Your e-mail address becomes your user name. We send you a code to confirm it; then you choose a password here, or finish on your phone.</source>
        <translation>Din e-postadress blir ditt användarnamn. Vi skickar en kod till dig för att bekräfta den; sedan väljer du ett lösenord här eller slutför i mobilen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="209"/>
        <source>&amp;First name</source>
        <translation>&amp;Förnamn</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="209"/>
        <source>Your first name, as on your ID card</source>
        <translation>Ditt förnamn som i din legitimation</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="210"/>
        <source>&amp;Last name</source>
        <translation>&amp;Efternamn</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="210"/>
        <source>Your last name, as on your ID card</source>
        <translation>Ditt efternamn som i din legitimation</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="211"/>
        <source>&amp;E-mail address</source>
        <translation>E-&amp;postadress</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="211"/>
        <source>Becomes your user name; it cannot be changed later</source>
        <translation>Blir ditt användarnamn och kan inte ändras i efterhand</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="214"/>
        <source>This showroom keeps your name and e-mail address to create your account and to help you with your car. You can ask the staff for the full privacy notice at any time.</source>
        <translation>Den här anläggningen sparar ditt namn och din e-postadress för att skapa ditt konto och hjälpa dig med din bil. Du kan när som helst be personalen om hela integritetsmeddelandet.</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="218"/>
        <source>I have read how my details are used</source>
        <translation>Jag har läst hur mina uppgifter används</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="220"/>
        <source>Required to create the account</source>
        <translation>Krävs för att skapa kontot</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="221"/>
        <source>Send me news and offers by e-mail (you can stop them at any time)</source>
        <translation>Skicka mig nyheter och erbjudanden via e-post (kan avslutas när som helst)</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="223"/>
        <source>Optional</source>
        <translation>Valfritt</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="224"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="227"/>
        <source>Returns to the choice of how to finish; nothing is changed</source>
        <translation>Går tillbaka till valet av hur du slutför; inget ändras</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="230"/>
        <source>Sends a new code to the corrected address; the old code stops working</source>
        <translation>Skickar en ny kod till den rättade adressen; den gamla koden slutar gälla</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="233"/>
        <source>Returns to the welcome screen; nothing is sent</source>
        <translation>Går tillbaka till välkomstskärmen; inget skickas</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="235"/>
        <source>Sends you an e-mail with a code to confirm your address</source>
        <translation>Skickar ett e-postmeddelande med en kod till dig för att bekräfta din adress</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../ui/screens/sign_in.py" line="270"/>
        <source>Checking…</source>
        <extracomment>The backend allows PINs of 4 to 8 digits. The PIN column: three keys a thumb hits easily, and the spacing between them. (salesperson id, PIN)</extracomment>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="270"/>
        <location filename="../ui/screens/sign_in.py" line="271"/>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="272"/>
        <source>Checks your PIN and opens the form for inviting a customer</source>
        <translation>Kontrollerar din PIN-kod och öppnar formuläret för att bjuda in en kund</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="275"/>
        <source>Staff sign-in</source>
        <translation>Inloggning för personal</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="276"/>
        <source>Who are you?</source>
        <translation>Vem är du?</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="277"/>
        <source>Your &amp;PIN</source>
        <translation>Din &amp;PIN-kod</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="278"/>
        <source>PIN</source>
        <translation>PIN-kod</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="279"/>
        <source>Your PIN of 4 to 8 digits; Enter signs you in</source>
        <translation>Din PIN-kod med 4 till 8 siffror; Enter loggar in dig</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="281"/>
        <source>Loading the staff list…</source>
        <translation>Hämtar personallistan…</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="283"/>
        <source>The staff list could not be loaded: the kiosk cannot reach the server.</source>
        <translation>Personallistan kunde inte hämtas: kiosken når inte servern.</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="285"/>
        <source>No salespeople are set up for this showroom yet. Please ask your administrator.</source>
        <translation>Inga säljare är upplagda för den här anläggningen ännu. Kontakta din administratör.</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="290"/>
        <location filename="../ui/screens/sign_in.py" line="291"/>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="292"/>
        <source>Loads the staff list again</source>
        <translation>Hämtar personallistan igen</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="293"/>
        <location filename="../ui/screens/sign_in.py" line="294"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="295"/>
        <source>Back to the welcome screen</source>
        <translation>Tillbaka till välkomstskärmen</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="305"/>
        <source>Choose your name, then enter your PIN</source>
        <translation>Välj ditt namn och ange sedan din PIN-kod</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="313"/>
        <source>That PIN is not right. One more wrong PIN locks sign-in for a few minutes.</source>
        <translation>Fel PIN-kod. Ytterligare en felaktig PIN-kod spärrar inloggningen i några minuter.</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="314"/>
        <source>That PIN is not right. Please try again.</source>
        <translation>Fel PIN-kod. Försök igen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="318"/>
        <source>Too many wrong PINs. Sign-in is locked for %1 min.</source>
        <translation>För många felaktiga PIN-koder. Inloggningen är spärrad i %1 min.</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="319"/>
        <source>You can no longer sign in at this showroom. Please ask your administrator.</source>
        <translation>Du kan inte längre logga in i den här anläggningen. Kontakta din administratör.</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../ui/widgets/still_there.py" line="62"/>
        <source>Are you still there?</source>
        <translation>Är du kvar?</translation>
    </message>
    <message>
        <location filename="../ui/widgets/still_there.py" line="64"/>
        <source>For your privacy, this screen is cleared in %1 s. Touch the screen to continue.</source>
        <translation>För din integritet rensas skärmen om %1 s. Tryck på skärmen för att fortsätta.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/still_there.py" line="68"/>
        <location filename="../ui/widgets/still_there.py" line="69"/>
        <source>I am still here</source>
        <translation>Jag är kvar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/still_there.py" line="70"/>
        <source>Keeps everything on the screen and carries on</source>
        <translation>Behåller allt på skärmen och fortsätter</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="89"/>
        <source>Shows or hides the details</source>
        <translation>Visar eller döljer detaljerna</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="90"/>
        <location filename="../ui/widgets/sync_indicator.py" line="91"/>
        <source>Try sending now</source>
        <translation>Försök skicka nu</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="92"/>
        <source>Sends what is waiting without waiting for the next try</source>
        <translation>Skickar det som väntar utan att vänta på nästa försök</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="94"/>
        <source>Connection</source>
        <translation>Anslutning</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="95"/>
        <source>Waiting to send</source>
        <translation>Väntar på att skickas</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="96"/>
        <source>Last sent</source>
        <translation>Senast skickat</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="97"/>
        <source>Needs attention</source>
        <translation>Behöver åtgärdas</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="98"/>
        <source>Last problem</source>
        <translation>Senaste problem</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="103"/>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="103"/>
        <source>Online</source>
        <translation>Ansluten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="103"/>
        <source>Offline</source>
        <translation>Ej ansluten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="113"/>
        <source>Waiting to send: %1 (oldest %2)</source>
        <translation>Väntar på att skickas: %1 (äldsta %2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="118"/>
        <source>All sent, last at %1</source>
        <translation>Allt skickat, senast %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="120"/>
        <source>Needs attention: %1</source>
        <translation>Behöver åtgärdas: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="126"/>
        <source> (oldest %1)</source>
        <translation> (äldsta %1)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="88"/>
        <source>Connection and sending</source>
        <translation>Anslutning och sändning</translation>
    </message>
</context>
<context>
    <name>VerifyCodeScreen</name>
    <message>
        <location filename="../ui/screens/verify_code.py" line="354"/>
        <source>Enter your code</source>
        <translation>Ange din kod</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="276"/>
        <source>That code is not right. Please check it and try again.</source>
        <extracomment>Wide enough for &quot;123 456&quot; in a large font; a code is no sentence. &quot;Not your e-mail?&quot;: the salesperson corrects the address. Back to the hand-off, whose other ways to finish (phone, later from the e-mail) still work. The customer cannot finish through this invitation (expired, withdrawn, already done): back to the salesperson, who can send a new one. The same button under the name the issue gives it.</extracomment>
        <translation>Koden stämmer inte. Kontrollera den och försök igen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="283"/>
        <source>Several new codes were sent already. Please enter the code from the newest e-mail, or ask for another one in %1 minutes.</source>
        <translation>Flera nya koder har redan skickats. Ange koden från det senaste e-postmeddelandet eller be om en ny om %1 minuter.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="289"/>
        <source>This code can no longer be used: it was typed wrong too often, or a newer one was sent. Please ask for a new code.</source>
        <translation>Koden kan inte längre användas: den har skrivits fel för många gånger eller så har en nyare skickats. Be om en ny kod.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="293"/>
        <source>This invitation has expired or was withdrawn, so it can no longer be used. Please ask the salesperson to send you a new one.</source>
        <translation>Inbjudan har gått ut eller dragits tillbaka och kan inte längre användas. Be säljaren att skicka en ny till dig.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="297"/>
        <source>The server does not know this invitation. Please ask the salesperson to send you a new one.</source>
        <translation>Servern känner inte till den här inbjudan. Be säljaren att skicka en ny till dig.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="300"/>
        <source>This registration is already complete. Sign in with your e-mail address and the password you chose.</source>
        <translation>Den här registreringen är redan slutförd. Logga in med din e-postadress och det lösenord du valde.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="304"/>
        <source>The kiosk cannot reach the server right now, so the code cannot be checked. Please try again in a moment, or finish on your phone or later with the link in the e-mail.</source>
        <translation>Kiosken når inte servern just nu, så koden kan inte kontrolleras. Försök igen om en stund, eller slutför i mobilen eller senare med länken i e-postmeddelandet.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="308"/>
        <source>The server had a problem checking the code. Please try again in a moment, or finish on your phone or later with the link in the e-mail.</source>
        <translation>Servern fick ett problem när koden skulle kontrolleras. Försök igen om en stund, eller slutför i mobilen eller senare med länken i e-postmeddelandet.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="312"/>
        <source>This kiosk cannot check codes right now. Please finish on your phone or later with the link in the e-mail.</source>
        <translation>Kiosken kan inte kontrollera koder just nu. Slutför i mobilen eller senare med länken i e-postmeddelandet.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="316"/>
        <source>This kiosk could not ask for a new code. Please finish on your phone or later with the link in the e-mail.</source>
        <translation>Kiosken kunde inte begära en ny kod. Slutför i mobilen eller senare med länken i e-postmeddelandet.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="320"/>
        <source>Something went wrong. Please try again, or finish on your phone or later with the link in the e-mail.</source>
        <translation>Något gick fel. Försök igen, eller slutför i mobilen eller senare med länken i e-postmeddelandet.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="335"/>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="355"/>
        <source>We e-mailed a 6-digit code to %1.</source>
        <translation>Vi har skickat en sexsiffrig kod till %1.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="356"/>
        <source>Enter it here to show the address is yours.</source>
        <translation>Ange den här för att visa att adressen är din.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="357"/>
        <location filename="../ui/screens/verify_code.py" line="358"/>
        <source>Not your e-mail?</source>
        <translation>Inte din e-postadress?</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="361"/>
        <source>Lets you correct your e-mail address; a new code is sent.</source>
        <translation>Låter dig rätta din e-postadress; en ny kod skickas.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="365"/>
        <source>Calls the salesperson, who corrects the e-mail address.</source>
        <translation>Ber säljaren att rätta e-postadressen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="367"/>
        <source>&amp;Code from the e-mail</source>
        <translation>&amp;Kod från e-postmeddelandet</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="368"/>
        <source>Code from the e-mail</source>
        <translation>Kod från e-postmeddelandet</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="369"/>
        <source>6 digits; a space in the middle is fine.</source>
        <translation>6 siffror; ett mellanslag i mitten går bra.</translation>
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
        <translation>Försök igen</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="373"/>
        <source>Checks the same code again.</source>
        <translation>Kontrollerar samma kod igen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="374"/>
        <location filename="../ui/screens/verify_code.py" line="375"/>
        <source>Send me a new code</source>
        <translation>Skicka mig en ny kod</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="376"/>
        <location filename="../ui/screens/verify_code.py" line="392"/>
        <source>E-mails a new code; the old one stops working.</source>
        <translation>Skickar en ny kod via e-post; den gamla slutar fungera.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="377"/>
        <location filename="../ui/screens/verify_code.py" line="378"/>
        <source>Use my phone or finish later</source>
        <translation>Använd mobilen eller slutför senare</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="380"/>
        <source>Back to the choices: scan a QR code with your phone, or use the link in the e-mail later.</source>
        <translation>Tillbaka till valen: skanna en QR-kod med mobilen eller använd länken i e-postmeddelandet senare.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="382"/>
        <location filename="../ui/screens/verify_code.py" line="383"/>
        <source>Back to the salesperson</source>
        <translation>Tillbaka till säljaren</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="385"/>
        <source>Hands the kiosk back to the salesperson, who can send a new invitation.</source>
        <translation>Lämnar tillbaka kiosken till säljaren, som kan skicka en ny inbjudan.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="393"/>
        <source>Checks the code and goes on to choosing a password.</source>
        <translation>Kontrollerar koden och går vidare till att välja lösenord.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="387"/>
        <location filename="../ui/screens/verify_code.py" line="388"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="389"/>
        <source>Back to the choices: here, on your phone, or later.</source>
        <translation>Tillbaka till valen: här, i mobilen eller senare.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="390"/>
        <location filename="../ui/screens/verify_code.py" line="391"/>
        <source>Send a new code</source>
        <translation>Skicka en ny kod</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="335"/>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../ui/screens/welcome.py" line="112"/>
        <source>Welcome</source>
        <translation>Välkommen</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="114"/>
        <source>Your %1 is your personal account for Porsche&apos;s services and apps, for you and your car.</source>
        <translation>Ditt %1 är ditt personliga konto för Porsches tjänster och appar, för dig och din bil.</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="118"/>
        <source>Create your %1</source>
        <translation>Skapa ditt %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="120"/>
        <source>Register here at the kiosk, without a salesperson</source>
        <translation>Registrera dig här vid kiosken, utan säljare</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="122"/>
        <source>To create your %1, please ask one of our salespeople.</source>
        <translation>Vänd dig till någon av våra säljare för att skapa ditt %1.</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="124"/>
        <source>What is a %1?</source>
        <translation>Vad är ett %1?</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="126"/>
        <source>A short explanation of the account</source>
        <translation>En kort förklaring av kontot</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="127"/>
        <source>How registration works</source>
        <translation>Så fungerar registreringen</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="129"/>
        <source>The steps from invitation to password</source>
        <translation>Stegen från inbjudan till lösenord</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="130"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="131"/>
        <source>Staff sign-in</source>
        <translation>Inloggning för personal</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="132"/>
        <source>For salespeople of this showroom</source>
        <translation>För säljare i den här anläggningen</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="133"/>
        <source>Three steps</source>
        <translation>Tre steg</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="135"/>
        <source>You receive an e-mail from us with a 6-digit code.</source>
        <translation>Du får ett e-postmeddelande från oss med en sexsiffrig kod.</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="136"/>
        <source>Finish here with the code, or scan a QR code and finish on your phone.</source>
        <translation>Slutför här med koden, eller skanna en QR-kod och slutför i mobilen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="137"/>
        <source>Choose your password. Your e-mail address is your user name.</source>
        <translation>Välj ditt lösenord. Din e-postadress är ditt användarnamn.</translation>
    </message>
</context>
</TS>
