<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutIdPage</name>
    <message>
        <location filename="../ui/screens/info_pages.py" line="83"/>
        <source>What is a %1?</source>
        <translation>Was ist eine %1?</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="85"/>
        <source>Your %1 is one personal account for Porsche&apos;s online services and apps.</source>
        <translation>Ihre %1 ist Ihr persönliches Konto für alle Online-Services und Apps von Porsche.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="87"/>
        <source>Your user name is your e-mail address. We check it is yours by sending you a code, and it cannot be changed later: please use an address you will keep.</source>
        <translation>Ihr Benutzername ist Ihre E-Mail-Adresse. Mit einem Code, den wir Ihnen senden, prüfen wir, ob sie Ihnen gehört. Da sie später nicht geändert werden kann, verwenden Sie bitte eine Adresse, die Sie dauerhaft nutzen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="91"/>
        <source>Your %1 is registered in the country of the Porsche Center that invites you, and you decide which news you would like to receive.</source>
        <translation>Ihre %1 wird im Land des Porsche Zentrums registriert, das Sie einlädt. Welche Neuigkeiten Sie erhalten möchten, entscheiden Sie selbst.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="94"/>
        <source>Forgot your password? You can set a new one at any time with a link we e-mail to you.</source>
        <translation>Passwort vergessen? Über einen Link, den wir Ihnen per E-Mail senden, können Sie jederzeit ein neues festlegen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="96"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="97"/>
        <source>Back to the welcome screen</source>
        <translation>Zurück zum Startbildschirm</translation>
    </message>
</context>
<context>
    <name>AdminFlow</name>
    <message>
        <location filename="../ui/admin_flow.py" line="162"/>
        <source>This kiosk has no keyring for a device token; enrol it from the command line.</source>
        <extracomment>The settings now in force (a :class:`KioskSettings`), already stored in the settings file. Leave admin for the welcome screen. The administrator quit the kiosk.</extracomment>
        <translation>Dieser Kiosk hat keinen Schlüsselbund für ein Geräte-Token; registrieren Sie ihn über die Befehlszeile.</translation>
    </message>
    <message>
        <location filename="../ui/admin_flow.py" line="220"/>
        <source>The code was used, but this kiosk could not keep its device token. Please ask for a new code.</source>
        <translation>Der Code wurde verwendet, aber dieser Kiosk konnte sein Geräte-Token nicht speichern. Bitte fordern Sie einen neuen Code an.</translation>
    </message>
</context>
<context>
    <name>AdminScreen</name>
    <message>
        <location filename="../ui/screens/admin.py" line="628"/>
        <source>Too many wrong PINs. Admin is locked for %1 min.</source>
        <extracomment>The PIN column: three keys a thumb hits easily, and the spacing between them (as on staff sign-in). The column of sections on the left. Readable line length for a section&apos;s content. How long &quot;Quit kiosk&quot; stays armed after the first press. The seconds settings, with the step of their − and + keys. The PIN typed on the PIN step (the window checks it with ``kiosk.admin_pin.AdminPinGuard``). Settings to store, by their names in :class:`kiosk.config.KioskSettings` (already checked). The backend address to test (checked to be http(s)://…). (backend address, enrolment code) The Diagnostics section was opened: the window answers with :meth:`show_diagnostics`. A new admin PIN that passed the rules, typed twice alike (the window hashes and stores it). How long &quot;Quit kiosk&quot; stays armed after the first press.</extracomment>
        <translation>Zu viele falsche PIN-Eingaben. Die Administration ist für %1 Min. gesperrt.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="630"/>
        <source>That PIN is not right. One more wrong PIN locks admin for a few minutes.</source>
        <translation>Die PIN ist nicht korrekt. Nach einer weiteren falschen PIN wird die Administration für einige Minuten gesperrt.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="632"/>
        <source>That PIN is not right. Please try again.</source>
        <translation>Die PIN ist nicht korrekt. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="942"/>
        <source>This kiosk is now enrolled at %1.</source>
        <translation>Dieser Kiosk ist jetzt bei %1 registriert.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="940"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="944"/>
        <source>The admin PIN was changed. Use the new PIN from now on.</source>
        <translation>Die Admin-PIN wurde geändert. Verwenden Sie ab jetzt die neue PIN.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="946"/>
        <source>The server address under Connection is not valid. Please correct it first.</source>
        <translation>Die Serveradresse unter „Verbindung“ ist ungültig. Bitte korrigieren Sie sie zuerst.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="847"/>
        <source>Server: %1 (change it under Connection)</source>
        <translation>Server: %1 (ändern unter „Verbindung“)</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="853"/>
        <source>Please enter the server&apos;s address.</source>
        <translation>Bitte geben Sie die Adresse des Servers ein.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="855"/>
        <source>The address starts with http:// or https://, e.g. https://onboarding.example.com.</source>
        <translation>Die Adresse beginnt mit http:// oder https://, z. B. https://onboarding.example.com.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="857"/>
        <source>Only the server&apos;s address, please: no user name, password, “?” or “#”.</source>
        <translation>Bitte nur die Adresse des Servers: kein Benutzername, kein Passwort, kein „?“ oder „#“.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="858"/>
        <source>This is not a complete address, e.g. https://onboarding.example.com.</source>
        <translation>Dies ist keine vollständige Adresse, z. B. https://onboarding.example.com.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="868"/>
        <source>Please enter the enrolment code.</source>
        <translation>Bitte geben Sie den Registrierungscode ein.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="877"/>
        <source>Please choose between %1 and %2 seconds.</source>
        <translation>Bitte wählen Sie einen Wert zwischen %1 und %2 Sekunden.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="901"/>
        <source>The two PINs are not the same.</source>
        <translation>Die beiden PINs stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="907"/>
        <source>Please use %1 to %2 digits.</source>
        <translation>Bitte verwenden Sie %1 bis %2 Ziffern.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="912"/>
        <source>Repeated digits or patterns (000000, 121212) are too easy to guess.</source>
        <translation>Wiederholte Ziffern oder Muster (000000, 121212) sind zu leicht zu erraten.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="914"/>
        <source>Digits counting up or down (123456, 987654) are too easy to guess.</source>
        <translation>Auf- oder absteigende Ziffernfolgen (123456, 987654) sind zu leicht zu erraten.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="915"/>
        <source>This is one of the PINs people try first. Please choose another.</source>
        <translation>Dies ist eine der PINs, die zuerst ausprobiert werden. Bitte wählen Sie eine andere.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="959"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="959"/>
        <location filename="../ui/screens/admin.py" line="1036"/>
        <source>Open admin</source>
        <translation>Administration öffnen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="971"/>
        <source>never</source>
        <translation>nie</translation>
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
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="979"/>
        <source>The server this kiosk sends everything to</source>
        <translation>Der Server, an den dieser Kiosk alles sendet</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="980"/>
        <source>Enrolment</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="980"/>
        <source>The showroom this kiosk belongs to</source>
        <translation>Der Standort, zu dem dieser Kiosk gehört</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="981"/>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="981"/>
        <source>Language, time-outs and how the kiosk is shown</source>
        <translation>Sprache, Zeitlimits und Darstellung des Kiosks</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="982"/>
        <location filename="../ui/screens/admin.py" line="1032"/>
        <source>Admin PIN</source>
        <translation>Admin-PIN</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="982"/>
        <source>Change the PIN that opens this screen</source>
        <translation>Die PIN ändern, die diesen Bildschirm öffnet</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="983"/>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="983"/>
        <source>Versions, what is waiting to be sent, logs</source>
        <translation>Versionen, ausstehende Sendungen, Protokolle</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="991"/>
        <location filename="../ui/screens/admin.py" line="992"/>
        <source>Leave admin</source>
        <translation>Administration verlassen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="993"/>
        <source>Back to the kiosk; the admin PIN is asked again</source>
        <translation>Zurück zum Kiosk; die Admin-PIN wird erneut abgefragt</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="995"/>
        <source>Press again to quit</source>
        <translation>Zum Beenden erneut drücken</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="997"/>
        <source>Press again within 5 seconds to close the kiosk program</source>
        <translation>Innerhalb von 5 Sekunden erneut drücken, um das Kiosk-Programm zu schließen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1000"/>
        <location filename="../ui/screens/admin.py" line="1004"/>
        <source>Quit kiosk</source>
        <translation>Kiosk beenden</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1002"/>
        <source>Closes the kiosk program; customers cannot use the kiosk until it is started again</source>
        <translation>Schließt das Kiosk-Programm; Kunden können den Kiosk erst nach einem Neustart wieder nutzen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1005"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1006"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1018"/>
        <source>Settings for the showroom&apos;s administrator: the server, the enrolment, how the kiosk behaves, and diagnostics for support. Enter the admin PIN to continue.</source>
        <translation>Einstellungen für den Administrator des Standorts: Server, Registrierung, Verhalten des Kiosks und Diagnose für den Support. Geben Sie die Admin-PIN ein, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1026"/>
        <source>No admin PIN is set on this kiosk, so this screen cannot be opened. Please ask whoever installed the kiosk to set one.</source>
        <translation>Auf diesem Kiosk ist keine Admin-PIN festgelegt, daher kann dieser Bildschirm nicht geöffnet werden. Bitte wenden Sie sich an die Person, die den Kiosk installiert hat.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1031"/>
        <source>Admin &amp;PIN</source>
        <translation>Admin-&amp;PIN</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1034"/>
        <source>%1 to %2 digits</source>
        <translation>%1 bis %2 Ziffern</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1037"/>
        <source>Checks the PIN and opens the admin settings</source>
        <translation>Prüft die PIN und öffnet die Administrationseinstellungen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1038"/>
        <location filename="../ui/screens/admin.py" line="1039"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1040"/>
        <source>Back to the kiosk without opening admin</source>
        <translation>Zurück zum Kiosk, ohne die Administration zu öffnen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1047"/>
        <source>The address of the onboarding server. Test it before you save it or enrol with it.</source>
        <translation>Die Adresse des Onboarding-Servers. Testen Sie sie, bevor Sie sie speichern oder den Kiosk damit registrieren.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1049"/>
        <source>Server &amp;address</source>
        <translation>Server&amp;adresse</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1049"/>
        <source>For example https://onboarding.example.com</source>
        <translation>Zum Beispiel https://onboarding.example.com</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1052"/>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1052"/>
        <location filename="../ui/screens/admin.py" line="1053"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1054"/>
        <source>Asks the server at this address whether it answers</source>
        <translation>Prüft, ob der Server unter dieser Adresse antwortet</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1056"/>
        <location filename="../ui/screens/admin.py" line="1199"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1056"/>
        <location filename="../ui/screens/admin.py" line="1057"/>
        <source>Save address</source>
        <translation>Adresse speichern</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1059"/>
        <source>The kiosk uses this address from now on, with its current enrolment</source>
        <translation>Der Kiosk verwendet ab jetzt diese Adresse, mit seiner aktuellen Registrierung</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1070"/>
        <source>The server cannot be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1072"/>
        <source>Something answered at this address, but not the onboarding server.</source>
        <translation>Unter dieser Adresse antwortet etwas, aber nicht der Onboarding-Server.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1074"/>
        <source>The server answers, but does not accept this kiosk. Please enrol it again.</source>
        <translation>Der Server antwortet, akzeptiert diesen Kiosk aber nicht. Bitte registrieren Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1076"/>
        <source>The server answers. This kiosk is not enrolled with it yet.</source>
        <translation>Der Server antwortet. Dieser Kiosk ist dort noch nicht registriert.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1078"/>
        <source>Connected: the server answers and accepts this kiosk.</source>
        <translation>Verbunden: Der Server antwortet und akzeptiert diesen Kiosk.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1083"/>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1086"/>
        <source>Response time</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1087"/>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1088"/>
        <source>Server version</source>
        <translation>Serverversion</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1089"/>
        <source>This kiosk&apos;s enrolment</source>
        <translation>Registrierung dieses Kiosks</translation>
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
        <translation>Nein: Die Adresse beginnt mit http://</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1099"/>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1100"/>
        <source>Not accepted</source>
        <translation>Nicht akzeptiert</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1101"/>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1104"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1108"/>
        <source>Not given</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1123"/>
        <source>This kiosk is enrolled at: %1</source>
        <translation>Dieser Kiosk ist registriert bei: %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1125"/>
        <source>This kiosk is not enrolled yet.</source>
        <translation>Dieser Kiosk ist noch nicht registriert.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1128"/>
        <source>To enrol it, ask the server&apos;s operator for a one-time enrolment code and enter it here. The kiosk keeps its device token in the system&apos;s keyring.</source>
        <translation>Fordern Sie zum Registrieren beim Betreiber des Servers einen einmaligen Registrierungscode an und geben Sie ihn hier ein. Der Kiosk speichert sein Geräte-Token im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1133"/>
        <source>Enrolment &amp;code</source>
        <translation>&amp;Registrierungscode</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1133"/>
        <source>The one-time code from the server&apos;s operator</source>
        <translation>Der Einmalcode vom Betreiber des Servers</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1137"/>
        <source>Enrolling again replaces this kiosk&apos;s device token; the old one stops working.</source>
        <translation>Eine erneute Registrierung ersetzt das Geräte-Token dieses Kiosks; das alte wird ungültig.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1141"/>
        <source>Enrolling…</source>
        <translation>Wird registriert…</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1141"/>
        <location filename="../ui/screens/admin.py" line="1142"/>
        <source>Enrol</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1144"/>
        <source>Enrols this kiosk at the server under Connection with this code</source>
        <translation>Registriert diesen Kiosk mit diesem Code beim Server unter „Verbindung“</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1148"/>
        <source>Default &amp;language</source>
        <translation>&amp;Standardsprache</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1149"/>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1150"/>
        <source>Default language</source>
        <translation>Standardsprache</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1151"/>
        <source>The language the kiosk starts in</source>
        <translation>Die Sprache, in der der Kiosk startet</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1154"/>
        <source>&amp;Customer idle time (seconds)</source>
        <translation>Inaktivität &amp;Kunde (Sekunden)</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1155"/>
        <source>Seconds without a touch before a customer screen asks whether anyone is still there</source>
        <translation>Sekunden ohne Berührung, bis ein Kundenbildschirm fragt, ob noch jemand da ist</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1158"/>
        <source>C&amp;ountdown (seconds)</source>
        <translation>&amp;Countdown (Sekunden)</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1159"/>
        <source>Seconds the question counts down before everything typed is wiped</source>
        <translation>Sekunden, die die Frage herunterzählt, bevor alle Eingaben gelöscht werden</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1162"/>
        <source>&amp;Staff idle time (seconds)</source>
        <translation>Inaktivität &amp;Mitarbeiter (Sekunden)</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1163"/>
        <source>Seconds without a touch before salesperson mode locks itself</source>
        <translation>Sekunden ohne Berührung, bis sich der Mitarbeitermodus sperrt</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1172"/>
        <source>(%1 to %2)</source>
        <translation>(%1 bis %2)</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1175"/>
        <source>Fewer seconds</source>
        <translation>Weniger Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1177"/>
        <source>More seconds</source>
        <translation>Mehr Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1182"/>
        <source>&amp;Kiosk mode: full screen, no way out without the admin PIN</source>
        <translation>K&amp;iosk-Modus: Vollbild, Verlassen nur mit Admin-PIN</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1183"/>
        <source>Off: a normal window, for trying things out</source>
        <translation>Aus: ein normales Fenster, zum Ausprobieren</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1186"/>
        <source>On-screen &amp;keyboard, for terminals without a keyboard</source>
        <translation>Bildschirm&amp;tastatur für Terminals ohne Tastatur</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1187"/>
        <source>Shows a keyboard on the screen whenever a field is touched</source>
        <translation>Zeigt eine Tastatur auf dem Bildschirm, sobald ein Feld berührt wird</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1190"/>
        <source>Lar&amp;ge text</source>
        <translation>&amp;Große Schrift</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1191"/>
        <source>Makes all text and controls a quarter larger</source>
        <translation>Vergrößert alle Texte und Bedienelemente um ein Viertel</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1199"/>
        <location filename="../ui/screens/admin.py" line="1200"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1201"/>
        <source>Stores these kiosk settings</source>
        <translation>Speichert diese Kiosk-Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1206"/>
        <source>The admin PIN has %1 to %2 digits. Repeated digits, patterns and digits counting up or down are refused: they are the first anyone tries.</source>
        <translation>Die Admin-PIN hat %1 bis %2 Ziffern. Wiederholte Ziffern, Muster sowie auf- oder absteigende Ziffernfolgen werden abgelehnt, da sie als Erstes ausprobiert werden.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1212"/>
        <source>&amp;New admin PIN</source>
        <translation>&amp;Neue Admin-PIN</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1212"/>
        <source>Digits only</source>
        <translation>Nur Ziffern</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1213"/>
        <source>&amp;Repeat the new PIN</source>
        <translation>Neue PIN &amp;wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1213"/>
        <source>The same digits again</source>
        <translation>Dieselben Ziffern noch einmal</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1216"/>
        <source>Changing…</source>
        <translation>Wird geändert…</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1216"/>
        <location filename="../ui/screens/admin.py" line="1217"/>
        <source>Change PIN</source>
        <translation>PIN ändern</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1218"/>
        <source>Makes the new PIN the admin PIN</source>
        <translation>Macht die neue PIN zur Admin-PIN</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1221"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1222"/>
        <source>Waiting to be sent</source>
        <translation>Warten auf Versand</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1224"/>
        <source>Waiting</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1225"/>
        <source>Needs a salesperson</source>
        <translation>Verkaufsberater erforderlich</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1226"/>
        <source>Oldest waiting since</source>
        <translation>Älteste ausstehend seit</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1227"/>
        <source>Last sent</source>
        <translation>Zuletzt gesendet</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1228"/>
        <source>Last problem</source>
        <translation>Letztes Problem</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1242"/>
        <source>Holds the logs, e-mail addresses and phone numbers masked, and this page; no customer&apos;s details.</source>
        <translation>Enthält die Protokolle mit maskierten E-Mail-Adressen und Telefonnummern sowie diese Seite; keine Kundendaten.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1245"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1245"/>
        <location filename="../ui/screens/admin.py" line="1246"/>
        <source>Export logs</source>
        <translation>Protokolle exportieren</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1247"/>
        <source>Saves the logs for support as one zip file</source>
        <translation>Speichert die Protokolle für den Support als eine ZIP-Datei</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1248"/>
        <source>Saved as: %1</source>
        <translation>Gespeichert als: %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1250"/>
        <source>Export saved as</source>
        <translation>Export gespeichert als</translation>
    </message>
</context>
<context>
    <name>BuyerFormScreen</name>
    <message>
        <location filename="../ui/app.py" line="96"/>
        <location filename="../ui/screens/buyer_form.py" line="319"/>
        <location filename="../ui/screens/buyer_form.py" line="475"/>
        <source>Send invitation</source>
        <translation>Einladung senden</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="315"/>
        <source>Sending…</source>
        <extracomment>In correction mode: the corrected address for the invitation already sent. The dealer&apos;s country: which salutations to offer, and how a phone number without &quot;+&quot; is read. Good news about the customer before (e.g. &quot;saved, will be sent&quot;): shown until the next send.</extracomment>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="317"/>
        <source>Send to the corrected address</source>
        <translation>An die korrigierte Adresse senden</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="352"/>
        <source>Please give the customer the privacy notice, then tick this box.</source>
        <translation>Bitte händigen Sie dem Kunden die Datenschutzhinweise aus und setzen Sie dann das Häkchen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="401"/>
        <source>Signed in: %1</source>
        <translation>Angemeldet: %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="403"/>
        <location filename="../ui/screens/buyer_form.py" line="404"/>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="405"/>
        <source>This showroom&apos;s invitations and how far they got</source>
        <translation>Die Einladungen dieses Standorts und ihr Stand</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="407"/>
        <location filename="../ui/screens/buyer_form.py" line="408"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="409"/>
        <source>Locks the kiosk and returns to the welcome screen</source>
        <translation>Sperrt den Kiosk und kehrt zum Startbildschirm zurück</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="411"/>
        <source>Correct the e-mail address</source>
        <translation>E-Mail-Adresse korrigieren</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="411"/>
        <source>Invite a customer</source>
        <translation>Kunden einladen</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="415"/>
        <source>Only the e-mail address can change. The invitation goes to the corrected address; the old link and code stop working.</source>
        <translation>Nur die E-Mail-Adresse kann geändert werden. Die Einladung geht an die korrigierte Adresse; der bisherige Link und Code werden ungültig.</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="421"/>
        <source>The customer receives an e-mail and finishes registering here at the kiosk or on their phone.</source>
        <translation>Der Kunde erhält eine E-Mail und schließt die Registrierung hier am Kiosk oder auf dem Smartphone ab.</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="423"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="424"/>
        <source>&amp;Salutation</source>
        <translation>&amp;Anrede</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="425"/>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="426"/>
        <source>How the e-mail addresses the customer</source>
        <translation>Wie die E-Mail den Kunden anspricht</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="428"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="429"/>
        <source>Ms</source>
        <translation>Frau</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="430"/>
        <source>Mr</source>
        <translation>Herr</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="439"/>
        <source>The customer&apos;s first name, as in the e-mail</source>
        <translation>Der Vorname des Kunden, wie er in der E-Mail erscheint</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="440"/>
        <source>The customer&apos;s last name</source>
        <translation>Der Nachname des Kunden</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="443"/>
        <source>The customer&apos;s e-mail address becomes their user name and cannot be changed later.</source>
        <translation>Die E-Mail-Adresse des Kunden dient als Benutzername und kann später nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="446"/>
        <source>&amp;Mobile phone (optional)</source>
        <translation>&amp;Mobilnummer (optional)</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="447"/>
        <source>Without a country code, the number is read as one from this showroom&apos;s country.</source>
        <translation>Ohne Ländervorwahl gilt die Nummer als eine aus dem Land dieses Standorts.</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="452"/>
        <source>The language of the e-mail and of the customer&apos;s screens</source>
        <translation>Die Sprache der E-Mail und der Kundenbildschirme</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="453"/>
        <source>Vehicle (optional)</source>
        <translation>Fahrzeug (optional)</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="454"/>
        <source>M&amp;odel</source>
        <translation>M&amp;odell</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="454"/>
        <source>Optional: the car the customer bought, e.g. Taycan 4S</source>
        <translation>Optional: das Fahrzeug, das der Kunde gekauft hat, z. B. Taycan 4S</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="455"/>
        <source>e.g. Taycan 4S</source>
        <translation>z. B. Taycan 4S</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="457"/>
        <source>&amp;Commission number</source>
        <translation>&amp;Kommissionsnummer</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="457"/>
        <source>Optional: the order&apos;s commission number</source>
        <translation>Optional: die Kommissionsnummer des Auftrags</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="459"/>
        <source>&amp;VIN</source>
        <translation>&amp;FIN</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="459"/>
        <source>The vehicle identification number: 17 letters and digits</source>
        <translation>Die Fahrzeug-Identifizierungsnummer: 17 Buchstaben und Ziffern</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="460"/>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="461"/>
        <source>The customer has been given the &amp;privacy notice</source>
        <translation>Der Kunde hat die &amp;Datenschutzhinweise erhalten</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="463"/>
        <source>Required before the invitation can be sent</source>
        <translation>Erforderlich, bevor die Einladung gesendet werden kann</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="464"/>
        <source>The customer would like news and offers by:</source>
        <translation>Der Kunde möchte Neuigkeiten und Angebote erhalten per:</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="466"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="467"/>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="468"/>
        <source>Phone call</source>
        <translation>Telefon</translation>
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
        <translation>Optional: nur wenn der Kunde es wünscht</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="477"/>
        <source>Sends the customer an e-mail with a registration link and a code; Enter does the same</source>
        <translation>Sendet dem Kunden eine E-Mail mit Registrierungslink und Code; die Eingabetaste bewirkt dasselbe</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="439"/>
        <source>&amp;First name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="440"/>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="442"/>
        <source>&amp;E-mail address</source>
        <translation>&amp;E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="450"/>
        <source>Customer&apos;s &amp;language</source>
        <translation>&amp;Sprache des Kunden</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="451"/>
        <source>Customer&apos;s language</source>
        <translation>Sprache des Kunden</translation>
    </message>
</context>
<context>
    <name>EmailHint</name>
    <message>
        <location filename="../ui/widgets/email_hint.py" line="54"/>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <location filename="../ui/widgets/email_hint.py" line="55"/>
        <source>Use it</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/email_hint.py" line="56"/>
        <source>Use the suggested address</source>
        <translation>Vorgeschlagene Adresse übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/email_hint.py" line="57"/>
        <source>Replaces the e-mail address with the suggestion</source>
        <translation>Ersetzt die E-Mail-Adresse durch den Vorschlag</translation>
    </message>
</context>
<context>
    <name>FinishHereScreen</name>
    <message>
        <location filename="../ui/screens/finish_here.py" line="380"/>
        <source>The server had a problem, so your ID was not created yet. Please try again in a moment, or finish on your phone or later with the link in the e-mail.</source>
        <extracomment>The password and the choices side by side: each column a readable width at 1280 px. What went wrong reads as a paragraph, not as one line across both columns. The problems the customer cannot get past here: the salesperson takes over. The problems that may be gone in a moment: the same request again, or finish another way. (password, terms accepted) — emitted only when every rule is met and both entries match. Back to the hand-off, whose other ways to finish (phone, later from the e-mail) still work. &quot;Not your e-mail?&quot;: the salesperson corrects the address. The customer cannot finish through this invitation (expired, withdrawn, already done): back to the salesperson, who can send a new one. The backend wants the code from the e-mail first.</extracomment>
        <translation>Auf dem Server ist ein Problem aufgetreten, daher wurde Ihre ID noch nicht erstellt. Bitte versuchen Sie es gleich noch einmal oder schließen Sie die Registrierung auf Ihrem Smartphone oder später über den Link in der E-Mail ab.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="384"/>
        <source>This invitation has expired or was withdrawn, so it can no longer be used. Please ask the salesperson to send you a new one.</source>
        <translation>Diese Einladung ist abgelaufen oder wurde zurückgezogen und kann nicht mehr verwendet werden. Bitte lassen Sie sich vom Verkaufsberater eine neue senden.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="388"/>
        <source>The server does not know this invitation. Please ask the salesperson to send you a new one.</source>
        <translation>Der Server kennt diese Einladung nicht. Bitte lassen Sie sich vom Verkaufsberater eine neue senden.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="391"/>
        <source>This registration is already complete: your %1 exists. Sign in with your e-mail address and the password you chose.</source>
        <translation>Diese Registrierung ist bereits abgeschlossen: Ihre %1 ist eingerichtet. Melden Sie sich mit Ihrer E-Mail-Adresse und dem von Ihnen gewählten Passwort an.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="395"/>
        <source>This e-mail address already has a %1, so no new one is needed. Please sign in with it; the salesperson can help if you have forgotten the password.</source>
        <translation>Für diese E-Mail-Adresse gibt es bereits eine %1, eine neue ist daher nicht nötig. Bitte melden Sie sich damit an; falls Sie das Passwort vergessen haben, hilft Ihnen der Verkaufsberater gern.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="400"/>
        <source>The password does not meet all the rules. Please choose another one.</source>
        <translation>Das Passwort erfüllt nicht alle Regeln. Bitte wählen Sie ein anderes.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="402"/>
        <source>Please accept the terms of use to create your ID.</source>
        <translation>Bitte akzeptieren Sie die Nutzungsbedingungen, um Ihre ID zu erstellen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="403"/>
        <source>Please enter the code from the e-mail first.</source>
        <translation>Bitte geben Sie zuerst den Code aus der E-Mail ein.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="405"/>
        <source>This kiosk cannot create IDs right now. Please finish on your phone or later with the link in the e-mail.</source>
        <translation>Dieser Kiosk kann gerade keine IDs erstellen. Bitte schließen Sie die Registrierung auf Ihrem Smartphone oder später über den Link in der E-Mail ab.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="409"/>
        <source>Something went wrong, so your ID was not created yet. Please try again, or finish on your phone or later with the link in the e-mail.</source>
        <translation>Es ist ein Fehler aufgetreten, daher wurde Ihre ID noch nicht erstellt. Bitte versuchen Sie es erneut oder schließen Sie die Registrierung auf Ihrem Smartphone oder später über den Link in der E-Mail ab.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="428"/>
        <source>The passwords match</source>
        <translation>Die Passwörter stimmen überein</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="428"/>
        <source>The passwords do not match</source>
        <translation>Die Passwörter stimmen nicht überein</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="446"/>
        <source>Creating your ID…</source>
        <translation>Ihre ID wird erstellt…</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="446"/>
        <source>Create my %1</source>
        <translation>Meine %1 erstellen</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="456"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="456"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="457"/>
        <source>Hide password</source>
        <translation>Passwort verbergen</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="457"/>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="459"/>
        <source>The password is shown in both fields.</source>
        <translation>Das Passwort wird in beiden Feldern angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="461"/>
        <source>The password is hidden in both fields.</source>
        <translation>Das Passwort ist in beiden Feldern verborgen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="500"/>
        <source>Welcome, %1</source>
        <translation>Willkommen, %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="501"/>
        <source>Your user name is your e-mail address: %1</source>
        <translation>Ihr Benutzername ist Ihre E-Mail-Adresse: %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="502"/>
        <location filename="../ui/screens/finish_here.py" line="503"/>
        <source>Not your e-mail?</source>
        <translation>Nicht Ihre E-Mail-Adresse?</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="506"/>
        <source>Lets you correct your e-mail address; a new code is sent. Nothing typed here is kept.</source>
        <translation>Hier korrigieren Sie Ihre E-Mail-Adresse; ein neuer Code wird gesendet. Nichts hier Eingegebene wird gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="510"/>
        <source>Calls the salesperson, who corrects the e-mail address. Nothing typed here is kept.</source>
        <translation>Bittet den Verkaufsberater, die E-Mail-Adresse zu korrigieren. Ihre Eingaben hier werden nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="512"/>
        <source>Choose a &amp;password</source>
        <translation>&amp;Passwort wählen</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="513"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="514"/>
        <source>The rules below show which requirements are met.</source>
        <translation>Die Regeln unten zeigen, welche Anforderungen erfüllt sind.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="515"/>
        <source>&amp;Repeat the password</source>
        <translation>Passwort &amp;wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="516"/>
        <source>Repeat the password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="517"/>
        <source>Type the same password again, to be sure of it.</source>
        <translation>Geben Sie dasselbe Passwort noch einmal ein, um sicherzugehen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="518"/>
        <source>Terms and news</source>
        <translation>Bedingungen und Neuigkeiten</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="519"/>
        <location filename="../ui/screens/finish_here.py" line="520"/>
        <source>I accept the terms of use</source>
        <translation>Ich akzeptiere die Nutzungsbedingungen</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="521"/>
        <source>Required to create your ID.</source>
        <translation>Erforderlich, um Ihre ID zu erstellen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="522"/>
        <source>I would like news and offers by (optional):</source>
        <translation>Ich möchte Neuigkeiten und Angebote erhalten per (optional):</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="524"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="525"/>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="526"/>
        <source>Phone call</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="527"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="531"/>
        <source>News and offers by %1</source>
        <translation>Neuigkeiten und Angebote per %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="532"/>
        <source>Optional. You can change this later in your account.</source>
        <translation>Optional. Sie können dies später in Ihrem Konto ändern.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="533"/>
        <location filename="../ui/screens/finish_here.py" line="534"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="535"/>
        <source>Sends the same password again.</source>
        <translation>Sendet dasselbe Passwort erneut.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="536"/>
        <location filename="../ui/screens/finish_here.py" line="537"/>
        <source>Use my phone or finish later</source>
        <translation>Smartphone nutzen oder später abschließen</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="539"/>
        <source>Back to the choices: scan a QR code with your phone, or use the link in the e-mail later.</source>
        <translation>Zurück zur Auswahl: einen QR-Code mit dem Smartphone scannen oder später den Link in der E-Mail nutzen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="541"/>
        <location filename="../ui/screens/finish_here.py" line="542"/>
        <source>Back to the salesperson</source>
        <translation>Zurück zum Verkaufsberater</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="544"/>
        <source>Hands the kiosk back to the salesperson, who can send a new invitation.</source>
        <translation>Übergibt den Kiosk wieder an den Verkaufsberater, der eine neue Einladung senden kann.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="546"/>
        <location filename="../ui/screens/finish_here.py" line="547"/>
        <source>Enter the code</source>
        <translation>Code eingeben</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="548"/>
        <source>Back to the code from the e-mail.</source>
        <translation>Zurück zum Code aus der E-Mail.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="549"/>
        <location filename="../ui/screens/finish_here.py" line="550"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="551"/>
        <source>Back to the choices. Nothing typed here is kept.</source>
        <translation>Zurück zur Auswahl. Ihre Eingaben hier werden nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="553"/>
        <source>Creates your ID once every rule is met, both passwords match and the terms are accepted.</source>
        <translation>Erstellt Ihre ID, sobald alle Regeln erfüllt sind, beide Passwörter übereinstimmen und die Nutzungsbedingungen akzeptiert sind.</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../ui/widgets/funnel_chart.py" line="68"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../ui/widgets/funnel_chart.py" line="69"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location filename="../ui/widgets/funnel_chart.py" line="73"/>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/funnel_chart.py" line="73"/>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/widgets/funnel_chart.py" line="73"/>
        <source>Registered</source>
        <translation>Registriert</translation>
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
        <translation>Zahlen werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/funnel_chart.py" line="80"/>
        <source>Figures are not available offline.</source>
        <translation>Die Zahlen sind offline nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/funnel_chart.py" line="84"/>
        <source>%1: no invitations yet.</source>
        <translation>%1: noch keine Einladungen.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/funnel_chart.py" line="86"/>
        <source>%1: %2 invited, %3 opened (%4), %5 registered (%6).</source>
        <translation>%1: %2 eingeladen, %3 geöffnet (%4), %5 registriert (%6).</translation>
    </message>
    <message>
        <location filename="../ui/widgets/funnel_chart.py" line="96"/>
        <source>Invited, opened and registered</source>
        <translation>Eingeladen, geöffnet und registriert</translation>
    </message>
</context>
<context>
    <name>HandoffScreen</name>
    <message>
        <location filename="../ui/screens/handoff.py" line="295"/>
        <source>Valid for %1 more; a new code follows by itself.</source>
        <extracomment>The arrow keys that go to the previous and to the next of the three choices. The mail bounced: back to the form, entries kept, to fix the address and send again.</extracomment>
        <translation>Noch %1 gültig; danach erscheint automatisch ein neuer Code.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="306"/>
        <source>The e-mail could not be delivered</source>
        <translation>Die E-Mail konnte nicht zugestellt werden</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="308"/>
        <source>No mailbox accepted mail for %1. Please check the address with the customer.</source>
        <translation>Für %1 hat kein Postfach die E-Mail angenommen. Bitte prüfen Sie die Adresse gemeinsam mit dem Kunden.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="313"/>
        <source>Invitation sent</source>
        <translation>Einladung gesendet</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="314"/>
        <source>We sent an e-mail with a registration link to %1.</source>
        <translation>Wir haben eine E-Mail mit einem Registrierungslink an %1 gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="317"/>
        <location filename="../ui/screens/handoff.py" line="318"/>
        <source>Correct the e-mail address</source>
        <translation>E-Mail-Adresse korrigieren</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="320"/>
        <source>For the salesperson: back to the form to fix the address and send the invitation again</source>
        <translation>Für den Verkaufsberater: zurück zum Formular, um die Adresse zu korrigieren und die Einladung erneut zu senden</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="322"/>
        <source>How would you like to finish?</source>
        <translation>Wie möchten Sie die Registrierung abschließen?</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="324"/>
        <source>Finish here now</source>
        <translation>Jetzt hier abschließen</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="324"/>
        <source>Enter the code from the e-mail and choose your password here.</source>
        <translation>Geben Sie den Code aus der E-Mail ein und wählen Sie hier Ihr Passwort.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="327"/>
        <location filename="../ui/screens/handoff.py" line="333"/>
        <source>Scan with your phone</source>
        <translation>Mit dem Smartphone scannen</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="327"/>
        <source>Scan a QR code and finish on your phone, at your own pace.</source>
        <translation>Scannen Sie einen QR-Code und schließen Sie in Ruhe auf Ihrem Smartphone ab.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="330"/>
        <source>Later, from the e-mail</source>
        <translation>Später, über die E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="330"/>
        <source>Open the link in the e-mail whenever it suits you.</source>
        <translation>Öffnen Sie den Link in der E-Mail, wann immer es Ihnen passt.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="336"/>
        <source>Preparing the code…</source>
        <translation>Der Code wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="337"/>
        <source>Point your phone&apos;s camera at the code and follow the link.</source>
        <translation>Richten Sie die Kamera Ihres Smartphones auf den Code und öffnen Sie den Link.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="338"/>
        <source>The code is not available right now. Use the link in the e-mail instead.</source>
        <translation>Der Code ist gerade nicht verfügbar. Bitte nutzen Sie stattdessen den Link in der E-Mail.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="342"/>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="344"/>
        <source>Connection lost, reconnecting…</source>
        <translation>Verbindung unterbrochen, wird wiederhergestellt…</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="346"/>
        <source>Waiting for the customer…</source>
        <translation>Warten auf den Kunden…</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="351"/>
        <source>QR code with the registration link</source>
        <translation>QR-Code mit dem Registrierungslink</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="352"/>
        <source>Scan it with your phone&apos;s camera</source>
        <translation>Scannen Sie ihn mit der Kamera Ihres Smartphones</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="354"/>
        <source>Your phone will show: %1</source>
        <translation>Auf Ihrem Smartphone erscheint: %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="357"/>
        <location filename="../ui/screens/handoff.py" line="358"/>
        <source>Other ways to finish</source>
        <translation>Andere Wege zum Abschluss</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="360"/>
        <source>Back to the choice: finish here, scan with your phone, or later</source>
        <translation>Zurück zur Auswahl: hier abschließen, mit dem Smartphone scannen oder später</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="362"/>
        <source>All set</source>
        <translation>Alles erledigt</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="364"/>
        <source>The e-mail to %1 has your registration link. Open it whenever it suits you.</source>
        <translation>Die E-Mail an %1 enthält Ihren Registrierungslink. Öffnen Sie ihn, wann immer es Ihnen passt.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="366"/>
        <location filename="../ui/screens/handoff.py" line="367"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="368"/>
        <source>Ends here: the kiosk is ready for the next customer</source>
        <translation>Beendet den Vorgang: Der Kiosk ist bereit für den nächsten Kunden</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="371"/>
        <source>For the salesperson: start over with the next customer</source>
        <translation>Für den Verkaufsberater: mit dem nächsten Kunden neu beginnen</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="369"/>
        <source>Next customer</source>
        <translation>Nächster Kunde</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="369"/>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
</context>
<context>
    <name>HowItWorksPage</name>
    <message>
        <location filename="../ui/screens/info_pages.py" line="109"/>
        <source>How registration works</source>
        <translation>So funktioniert die Registrierung</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="112"/>
        <source>1. Your salesperson enters your name and e-mail address. You receive an e-mail with a registration link and a 6-digit code.</source>
        <translation>1. Ihr Verkaufsberater gibt Ihren Namen und Ihre E-Mail-Adresse ein. Sie erhalten eine E-Mail mit einem Registrierungslink und einem 6-stelligen Code.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="116"/>
        <source>2. Finish here at the kiosk with the code, or scan the QR code on the screen and finish on your phone. You can also use the link in the e-mail later.</source>
        <translation>2. Geben Sie hier am Kiosk den Code ein oder scannen Sie den QR-Code auf dem Bildschirm und fahren Sie auf Ihrem Smartphone fort. Sie können auch später den Link in der E-Mail verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="120"/>
        <source>3. Choose a password with at least 8 characters, including an uppercase letter, a digit and a special character such as ! or ?.</source>
        <translation>3. Wählen Sie ein Passwort mit mindestens 8 Zeichen, darunter ein Großbuchstabe, eine Ziffer und ein Sonderzeichen wie ! oder ?.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="123"/>
        <source>4. That is all: sign in with your e-mail address and your new password.</source>
        <translation>4. Fertig: Melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem neuen Passwort an.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="125"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="126"/>
        <source>Back to the welcome screen</source>
        <translation>Zurück zum Startbildschirm</translation>
    </message>
</context>
<context>
    <name>InvitationsFlow</name>
    <message>
        <location filename="../ui/invitations_flow.py" line="187"/>
        <source>A new e-mail will be sent; the list shows it once the server has it.</source>
        <extracomment>The hand-off&apos;s phone view for this invitation (an :class:`InvitationView`, fresh from the backend). The form in correction mode for this invitation (an :class:`InvitationView`). The form with a refused invitation&apos;s saved details, to fix and send again (an :class:`InvitationCreate`). A write is in the outbox: the sync worker should send it now rather than at its next round. The backend&apos;s list from its last answer (None: it did not answer); the kiosk&apos;s rows merge into it. The ids of writes queued from this screen, so their outcome refreshes the list. (Resend then cancel of one invitation are two writes; each outcome settles its own.)</extracomment>
        <translation>Eine neue E-Mail wird gesendet; die Liste zeigt dies, sobald der Server die Anfrage erhalten hat.</translation>
    </message>
    <message>
        <location filename="../ui/invitations_flow.py" line="189"/>
        <source>The invitation will be cancelled; the list shows it once the server has it.</source>
        <translation>Die Einladung wird zurückgezogen; die Liste zeigt dies, sobald der Server die Anfrage erhalten hat.</translation>
    </message>
</context>
<context>
    <name>InvitationsScreen</name>
    <message>
        <location filename="../ui/screens/invitations.py" line="76"/>
        <source>Waiting to send</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="77"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="78"/>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="79"/>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="80"/>
        <source>Already had an ID</source>
        <translation>Hatte bereits eine ID</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="81"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="82"/>
        <source>Cancelled</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="83"/>
        <source>Delivery failed</source>
        <translation>Zustellung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="84"/>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="90"/>
        <source>Check the address</source>
        <translation>Adresse prüfen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="91"/>
        <source>Details not accepted</source>
        <translation>Angaben nicht akzeptiert</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="92"/>
        <source>Refused by the server</source>
        <translation>Vom Server abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="108"/>
        <source>Saved on this kiosk. It goes out as soon as the server can be reached.</source>
        <translation>Auf diesem Kiosk gespeichert. Die Einladung wird gesendet, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="112"/>
        <source>The customer has not opened the invitation yet.</source>
        <translation>Der Kunde hat die Einladung noch nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="114"/>
        <source>The customer opened the invitation but has not finished registering.</source>
        <translation>Der Kunde hat die Einladung geöffnet, die Registrierung aber noch nicht abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="118"/>
        <source>The customer has registered.</source>
        <translation>Der Kunde hat sich registriert.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="120"/>
        <source>The customer already had an ID; the vehicle was linked to it.</source>
        <translation>Der Kunde hatte bereits eine ID; das Fahrzeug wurde damit verknüpft.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="124"/>
        <source>The invitation expired. Send a new one if the customer still wants an ID.</source>
        <translation>Die Einladung ist abgelaufen. Senden Sie eine neue, falls der Kunde weiterhin eine ID möchte.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="128"/>
        <source>This invitation was cancelled.</source>
        <translation>Diese Einladung wurde zurückgezogen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="130"/>
        <source>The e-mail could not be delivered. Please check the address with the customer.</source>
        <translation>Die E-Mail konnte nicht zugestellt werden. Bitte prüfen Sie die Adresse gemeinsam mit dem Kunden.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="134"/>
        <source>The server did not accept some of the details. Correct them and send it again.</source>
        <translation>Der Server hat einige Angaben nicht akzeptiert. Korrigieren Sie sie und senden Sie die Einladung erneut.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="137"/>
        <source>The server refused this invitation. Check the details and send it again.</source>
        <translation>Der Server hat diese Einladung abgelehnt. Prüfen Sie die Angaben und senden Sie die Einladung erneut.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="151"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="651"/>
        <location filename="../ui/screens/invitations.py" line="662"/>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="652"/>
        <source>Offline: showing only what this kiosk holds.</source>
        <translation>Offline: Es wird nur angezeigt, was auf diesem Kiosk gespeichert ist.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="654"/>
        <source>Search by name or e-mail</source>
        <translation>Nach Name oder E-Mail suchen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="655"/>
        <source>Search invitations</source>
        <translation>Einladungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="657"/>
        <source>Type part of a name or an e-mail address; the list shows the matches as you type.</source>
        <translation>Geben Sie einen Teil eines Namens oder einer E-Mail-Adresse ein; die Liste zeigt die Treffer während der Eingabe.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="660"/>
        <source>Clear the search</source>
        <translation>Suche löschen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="661"/>
        <source>Empties the search field; the list shows every invitation again</source>
        <translation>Leert das Suchfeld; die Liste zeigt wieder alle Einladungen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="664"/>
        <source>Newest first. Use the arrow keys to choose an invitation; its actions follow the list.</source>
        <translation>Neueste zuerst. Wählen Sie eine Einladung mit den Pfeiltasten; ihre Aktionen folgen nach der Liste.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="669"/>
        <source>Show QR code again</source>
        <translation>QR-Code erneut anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="671"/>
        <source>Shows the invitation&apos;s QR code so the customer can scan it with a phone.</source>
        <translation>Zeigt den QR-Code der Einladung, damit der Kunde ihn mit dem Smartphone scannen kann.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="673"/>
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="675"/>
        <source>Sends the e-mail again with a new link and code; the old ones stop working.</source>
        <translation>Sendet die E-Mail erneut mit neuem Link und Code; die alten werden ungültig.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="681"/>
        <source>Showroom figures</source>
        <translation>Zahlen des Standorts</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="682"/>
        <location filename="../ui/screens/invitations.py" line="683"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="684"/>
        <source>Leaves the list of invitations.</source>
        <translation>Verlässt die Liste der Einladungen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="685"/>
        <location filename="../ui/screens/invitations.py" line="686"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="687"/>
        <source>Loads the invitations and the figures again.</source>
        <translation>Lädt die Einladungen und die Zahlen neu.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="715"/>
        <source>Loading the invitations…</source>
        <translation>Einladungen werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="719"/>
        <source>No invitation matches “%1”.</source>
        <translation>Keine Einladung passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="721"/>
        <source>No invitations yet. The invitations you send appear here.</source>
        <translation>Noch keine Einladungen. Die Einladungen, die Sie senden, erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="723"/>
        <source>This kiosk holds no invitations. Those sent earlier show when the server can be reached.</source>
        <translation>Auf diesem Kiosk sind keine Einladungen gespeichert. Früher gesendete erscheinen, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="731"/>
        <source>No invitation chosen</source>
        <translation>Keine Einladung ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="732"/>
        <source>Choose one in the list to see what you can do with it.</source>
        <translation>Wählen Sie eine in der Liste aus, um zu sehen, was Sie damit tun können.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="742"/>
        <source>Correct the details</source>
        <translation>Angaben korrigieren</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="744"/>
        <source>Opens the details saved on this kiosk to fix them and send the invitation again.</source>
        <translation>Öffnet die auf diesem Kiosk gespeicherten Angaben, um sie zu korrigieren und die Einladung erneut zu senden.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="747"/>
        <source>Correct e-mail</source>
        <translation>E-Mail korrigieren</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="749"/>
        <source>Opens the invitation to correct the e-mail address; the old link and code stop working.</source>
        <translation>Öffnet die Einladung, um die E-Mail-Adresse zu korrigieren; der bisherige Link und Code werden ungültig.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="757"/>
        <source>Confirm cancel</source>
        <translation>Zurückziehen bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="759"/>
        <source>Press again within 5 seconds to cancel the invitation; its link and code stop working.</source>
        <translation>Innerhalb von 5 Sekunden erneut drücken, um die Einladung zurückzuziehen; Link und Code werden dann ungültig.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="762"/>
        <source>Cancel invitation</source>
        <translation>Einladung zurückziehen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="764"/>
        <source>Withdraws the invitation: its link and code stop working. You confirm with a second press.</source>
        <translation>Zieht die Einladung zurück: Link und Code werden ungültig. Sie bestätigen durch erneutes Drücken.</translation>
    </message>
</context>
<context>
    <name>Journey</name>
    <message>
        <location filename="../ui/journey.py" line="611"/>
        <source>A new code is on its way to %1. It replaces the old one.</source>
        <extracomment>Ask for a new QR link this long before the current one expires, so a phone never scans a dead one. How long a salesperson waits to hear &quot;sent&quot; before being told &quot;saved, will be sent later&quot;. Not confirmed yet, but safely saved: the screen says it will go when the connection is back. Wrong admin PINs are counted across wipes (a wipe must not reset the lockout). The salesperson signed in, named on every staff action (None: nobody is). The language the salesperson signed in with: their screens come back to it. A walk-in&apos;s registration being sent: the same details again reuse its id (no double account).</extracomment>
        <translation>Ein neuer Code ist an %1 unterwegs. Er ersetzt den bisherigen.</translation>
    </message>
    <message>
        <location filename="../ui/journey.py" line="795"/>
        <source>This showroom cannot create accounts at the kiosk. Please ask one of our salespeople.</source>
        <translation>An diesem Standort können am Kiosk keine Konten erstellt werden. Bitte wenden Sie sich an einen unserer Verkaufsberater.</translation>
    </message>
    <message>
        <location filename="../ui/journey.py" line="800"/>
        <source>The kiosk cannot reach the server right now, so nothing was sent. Please try again in a moment, or ask one of our salespeople.</source>
        <translation>Der Kiosk kann den Server gerade nicht erreichen, daher wurde nichts gesendet. Bitte versuchen Sie es gleich noch einmal oder wenden Sie sich an einen unserer Verkaufsberater.</translation>
    </message>
    <message>
        <location filename="../ui/journey.py" line="849"/>
        <source>The server refused this invitation. Fix the details, then send it again.</source>
        <translation>Der Server hat diese Einladung abgelehnt. Korrigieren Sie die Angaben und senden Sie die Einladung erneut.</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <location filename="../ui/widgets/language_bar.py" line="50"/>
        <source>Show the kiosk in this language</source>
        <translation>Kiosk in dieser Sprache anzeigen</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../ui/messages.py" line="22"/>
        <source>Please enter the first name.</source>
        <translation>Bitte geben Sie den Vornamen ein.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="23"/>
        <source>Please enter the last name.</source>
        <translation>Bitte geben Sie den Nachnamen ein.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="24"/>
        <source>Please enter the e-mail address.</source>
        <translation>Bitte geben Sie die E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="25"/>
        <source>This field is required.</source>
        <translation>Dies ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="27"/>
        <source>This is too long.</source>
        <translation>Diese Eingabe ist zu lang.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="29"/>
        <source>Please use letters only (spaces, hyphens and apostrophes are fine).</source>
        <translation>Bitte nur Buchstaben verwenden (Leerzeichen, Bindestriche und Apostrophe sind erlaubt).</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="33"/>
        <source>This is not a mobile number we can use, e.g. %1.</source>
        <translation>Dies ist keine gültige Mobilnummer, z. B. %1.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="37"/>
        <source>A VIN has 17 letters and digits (never I, O or Q).</source>
        <translation>Eine Fahrgestellnummer (FIN) hat 17 Buchstaben und Ziffern (nie I, O oder Q).</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="39"/>
        <source>Please use letters and digits only.</source>
        <translation>Bitte nur Buchstaben und Ziffern verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="41"/>
        <source>This is not a valid e-mail address, e.g. name@example.com.</source>
        <translation>Dies ist keine gültige E-Mail-Adresse, z. B. name@example.com.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="42"/>
        <source>Please check this field.</source>
        <translation>Bitte prüfen Sie dieses Feld.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="47"/>
        <source>At least 8 characters</source>
        <translation>Mindestens 8 Zeichen</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="48"/>
        <source>At least one uppercase letter</source>
        <translation>Mindestens ein Großbuchstabe</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="49"/>
        <source>At least one digit</source>
        <translation>Mindestens eine Ziffer</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="50"/>
        <source>At least one special character (e.g. ! § $ % &amp; ?)</source>
        <translation>Mindestens ein Sonderzeichen (z. B. ! § $ % &amp; ?)</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="53"/>
        <source>This is one of the most common passwords. Please choose one that is harder to guess.</source>
        <translation>Dies ist eines der häufigsten Passwörter. Bitte wählen Sie eines, das schwerer zu erraten ist.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="60"/>
        <source>Saved, not sent yet: the server cannot be reached. The invitation goes out by itself as soon as the connection is back.</source>
        <translation>Gespeichert, noch nicht gesendet: Der Server ist nicht erreichbar. Die Einladung wird automatisch gesendet, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="68"/>
        <source>Saved, not sent yet: the server cannot be reached. The invitation goes to the corrected address as soon as the connection is back.</source>
        <translation>Gespeichert, noch nicht gesendet: Der Server ist nicht erreichbar. Die Einladung geht an die korrigierte Adresse, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="76"/>
        <source>The server cannot be reached right now. A new code will be e-mailed as soon as the connection is back.</source>
        <translation>Der Server ist gerade nicht erreichbar. Ein neuer Code wird per E-Mail gesendet, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="83"/>
        <source>The server cannot be reached right now, so the registration cannot be finished here. Nothing was saved. Please try again in a moment, scan the QR code with your phone, or finish later with the link in the e-mail.</source>
        <translation>Der Server ist gerade nicht erreichbar, daher kann die Registrierung hier nicht abgeschlossen werden. Es wurde nichts gespeichert. Bitte versuchen Sie es gleich noch einmal, scannen Sie den QR-Code mit Ihrem Smartphone oder schließen Sie die Registrierung später über den Link in der E-Mail ab.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="94"/>
        <source>This kiosk could not save the details. Nothing was sent; please call your administrator.</source>
        <translation>Dieser Kiosk konnte die Daten nicht speichern. Es wurde nichts gesendet; bitte wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="98"/>
        <source>The kiosk cannot reach the server right now. Nothing was sent; please try again.</source>
        <translation>Der Kiosk kann den Server gerade nicht erreichen. Es wurde nichts gesendet; bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="102"/>
        <source>That code is not right. Tries left: %1.</source>
        <translation>Der Code ist nicht korrekt. Verbleibende Versuche: %1.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="107"/>
        <source>Several codes were sent already. Please try again in %1 minutes.</source>
        <translation>Es wurden bereits mehrere Codes gesendet. Bitte versuchen Sie es in %1 Minuten erneut.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="112"/>
        <source>This code can no longer be used. Please ask for a new one.</source>
        <translation>Dieser Code ist nicht mehr gültig. Bitte fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="115"/>
        <source>Please enter the code from the e-mail first.</source>
        <translation>Bitte geben Sie zuerst den Code aus der E-Mail ein.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="118"/>
        <source>This e-mail address already has an ID. Please sign in with it.</source>
        <translation>Für diese E-Mail-Adresse gibt es bereits eine ID. Bitte melden Sie sich damit an.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="121"/>
        <source>This registration is already complete.</source>
        <translation>Diese Registrierung ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="124"/>
        <source>This invitation has expired or was withdrawn. Please send a new one.</source>
        <translation>Diese Einladung ist abgelaufen oder wurde zurückgezogen. Bitte senden Sie eine neue.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="127"/>
        <source>Please accept the terms of use to continue.</source>
        <translation>Bitte akzeptieren Sie die Nutzungsbedingungen, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="130"/>
        <source>The password does not meet all the rules listed.</source>
        <translation>Das Passwort erfüllt nicht alle aufgeführten Regeln.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="133"/>
        <source>Some details were not accepted. Please check the form.</source>
        <translation>Einige Angaben wurden nicht akzeptiert. Bitte prüfen Sie das Formular.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="136"/>
        <source>This kiosk is not enrolled. Please call your administrator.</source>
        <translation>Dieser Kiosk ist nicht registriert. Bitte wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="139"/>
        <source>The server does not know this invitation. Please start again.</source>
        <translation>Der Server kennt diese Einladung nicht. Bitte beginnen Sie von vorn.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="142"/>
        <source>You can no longer act at this showroom. Nothing was sent; please ask your administrator.</source>
        <translation>Sie sind für diesen Standort nicht mehr freigeschaltet. Es wurde nichts gesendet; bitte wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="145"/>
        <source>The server refused the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="147"/>
        <source>The server had a problem. Please try again in a moment.</source>
        <translation>Auf dem Server ist ein Problem aufgetreten. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="148"/>
        <source>Something went wrong. Please try again.</source>
        <translation>Es ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="342"/>
        <source>Delete</source>
        <extracomment>The three rows of letters, as each language&apos;s own keyboards have them. Digits first, then every special character of the password rules&apos; example (``!§$%&amp;?``) and more. Letters with accents, for the names of customers from anywhere (Hélène, Zoë, Åsa on any layout). Fields that ask for these start on the page of digits. Set to True on a field that has keys of its own next to it (the PIN pad): no keyboard for it. Shown or hidden (the window lays out the screens above it again). The keys of the current page, by the character they type.</extracomment>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="342"/>
        <source>Deletes the character before the cursor</source>
        <translation>Löscht das Zeichen vor dem Cursor</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="343"/>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="343"/>
        <source>Does what the Enter key does in this field</source>
        <translation>Wirkt wie die Eingabetaste in diesem Feld</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="344"/>
        <source>Capital letter</source>
        <translation>Großbuchstabe</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="344"/>
        <source>The next letter is a capital</source>
        <translation>Der nächste Buchstabe wird groß geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="345"/>
        <source>Digits and symbols</source>
        <translation>Ziffern und Symbole</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="345"/>
        <source>Switches between letters and digits with symbols</source>
        <translation>Wechselt zwischen Buchstaben und Ziffern mit Symbolen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="346"/>
        <source>Letters with accents</source>
        <translation>Buchstaben mit Akzenten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="346"/>
        <source>Switches to letters with accents and back</source>
        <translation>Wechselt zu Buchstaben mit Akzenten und zurück</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="347"/>
        <source>Types an at sign, as in an e-mail address</source>
        <translation>Tippt ein At-Zeichen, wie in einer E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="348"/>
        <source>Space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="348"/>
        <source>Types a space</source>
        <translation>Tippt ein Leerzeichen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="349"/>
        <source>Dot</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="349"/>
        <source>Types a dot</source>
        <translation>Tippt einen Punkt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="350"/>
        <source>Hyphen</source>
        <translation>Bindestrich</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="350"/>
        <source>Types a hyphen</source>
        <translation>Tippt einen Bindestrich</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="351"/>
        <source>Hide the keyboard</source>
        <translation>Tastatur ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="351"/>
        <source>Touch a field to bring it back</source>
        <translation>Ein Feld berühren, um sie wieder einzublenden</translation>
    </message>
    <message>
        <location filename="../ui/widgets/on_screen_keyboard.py" line="359"/>
        <source>Types this character</source>
        <translation>Tippt dieses Zeichen</translation>
    </message>
</context>
<context>
    <name>PasswordChecklist</name>
    <message>
        <location filename="../ui/widgets/password_checklist.py" line="52"/>
        <source>%1: met</source>
        <translation>%1: erfüllt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/password_checklist.py" line="54"/>
        <source>%1: not met yet</source>
        <translation>%1: noch nicht erfüllt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/password_checklist.py" line="59"/>
        <source>Password rules</source>
        <translation>Passwortregeln</translation>
    </message>
    <message>
        <location filename="../ui/widgets/password_checklist.py" line="62"/>
        <source>%1 of %2 rules met.</source>
        <translation>%1 von %2 Regeln erfüllt.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../ui/widgets/pin_pad.py" line="44"/>
        <source>Type this digit into the PIN</source>
        <translation>Diese Ziffer in die PIN eingeben</translation>
    </message>
    <message>
        <location filename="../ui/widgets/pin_pad.py" line="45"/>
        <source>Delete last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/pin_pad.py" line="46"/>
        <source>Removes the last digit of the PIN</source>
        <translation>Entfernt die letzte Ziffer der PIN</translation>
    </message>
</context>
<context>
    <name>RegisteredScreen</name>
    <message>
        <location filename="../ui/screens/registered.py" line="70"/>
        <source>Already registered</source>
        <translation>Bereits registriert</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="72"/>
        <source>%1 already has a %2 with this e-mail address, so no new one is needed. We have let them know by e-mail.</source>
        <translation>%1 hat bereits eine %2 mit dieser E-Mail-Adresse, eine neue ist daher nicht nötig. Wir haben eine entsprechende E-Mail gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="76"/>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="77"/>
        <source>Thank you, %1. Your %2 is ready: sign in with your e-mail address and your new password.</source>
        <translation>Vielen Dank, %1. Ihre %2 ist eingerichtet: Melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem neuen Passwort an.</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="79"/>
        <source>Your user name: %1</source>
        <translation>Ihr Benutzername: %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="81"/>
        <source>Success</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="82"/>
        <location filename="../ui/screens/registered.py" line="83"/>
        <source>Next customer</source>
        <translation>Nächster Kunde</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="84"/>
        <source>Hands the kiosk back to the salesperson.</source>
        <translation>Übergibt den Kiosk wieder an den Verkaufsberater.</translation>
    </message>
</context>
<context>
    <name>SelfRegistrationScreen</name>
    <message>
        <location filename="../ui/screens/self_registration.py" line="131"/>
        <source>Sending…</source>
        <extracomment>(first name, last name, e-mail, news by e-mail): the window adds the id and the language. In correction mode: the corrected address for the registration already sent.</extracomment>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="133"/>
        <location filename="../ui/screens/self_registration.py" line="228"/>
        <source>Send to this address</source>
        <translation>An diese Adresse senden</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="135"/>
        <location filename="../ui/screens/self_registration.py" line="234"/>
        <source>Create my %1</source>
        <translation>Meine %1 erstellen</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="164"/>
        <source>Please read the privacy notice above, then tick this box.</source>
        <translation>Bitte lesen Sie die Datenschutzhinweise oben und setzen Sie dann das Häkchen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="194"/>
        <source>Correct your e-mail address</source>
        <translation>E-Mail-Adresse korrigieren</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="197"/>
        <source>Only the e-mail address can change. We send a new code to the corrected address; the code sent before stops working.</source>
        <translation>Nur die E-Mail-Adresse kann geändert werden. Wir senden einen neuen Code an die korrigierte Adresse; der zuvor gesendete Code wird ungültig.</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="202"/>
        <source>Create your %1</source>
        <translation>Ihre %1 erstellen</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="205"/>
        <source>Your e-mail address becomes your user name. We send you a code to confirm it; then you choose a password here, or finish on your phone.</source>
        <translation>Ihre E-Mail-Adresse wird Ihr Benutzername. Wir senden Ihnen einen Code zur Bestätigung; danach wählen Sie hier ein Passwort oder schließen auf Ihrem Smartphone ab.</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="209"/>
        <source>&amp;First name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="209"/>
        <source>Your first name, as on your ID card</source>
        <translation>Ihr Vorname wie im Ausweis</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="210"/>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="210"/>
        <source>Your last name, as on your ID card</source>
        <translation>Ihr Nachname wie im Ausweis</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="211"/>
        <source>&amp;E-mail address</source>
        <translation>&amp;E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="211"/>
        <source>Becomes your user name; it cannot be changed later</source>
        <translation>Wird Ihr Benutzername und kann später nicht geändert werden</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="214"/>
        <source>This showroom keeps your name and e-mail address to create your account and to help you with your car. You can ask the staff for the full privacy notice at any time.</source>
        <translation>Dieser Standort speichert Ihren Namen und Ihre E-Mail-Adresse, um Ihr Konto zu erstellen und Sie rund um Ihr Fahrzeug zu betreuen. Die vollständigen Datenschutzhinweise erhalten Sie jederzeit von unseren Mitarbeitern.</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="218"/>
        <source>I have read how my details are used</source>
        <translation>Ich habe gelesen, wie meine Daten verwendet werden</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="220"/>
        <source>Required to create the account</source>
        <translation>Erforderlich, um das Konto zu erstellen</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="221"/>
        <source>Send me news and offers by e-mail (you can stop them at any time)</source>
        <translation>Neuigkeiten und Angebote per E-Mail erhalten (jederzeit abbestellbar)</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="223"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="224"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="227"/>
        <source>Returns to the choice of how to finish; nothing is changed</source>
        <translation>Zurück zur Wahl, wie Sie abschließen; es wird nichts geändert</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="230"/>
        <source>Sends a new code to the corrected address; the old code stops working</source>
        <translation>Sendet einen neuen Code an die korrigierte Adresse; der alte Code wird ungültig</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="233"/>
        <source>Returns to the welcome screen; nothing is sent</source>
        <translation>Kehrt zum Startbildschirm zurück; es wird nichts gesendet</translation>
    </message>
    <message>
        <location filename="../ui/screens/self_registration.py" line="235"/>
        <source>Sends you an e-mail with a code to confirm your address</source>
        <translation>Sendet Ihnen eine E-Mail mit einem Code zur Bestätigung Ihrer Adresse</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../ui/screens/sign_in.py" line="270"/>
        <source>Checking…</source>
        <extracomment>The backend allows PINs of 4 to 8 digits. The PIN column: three keys a thumb hits easily, and the spacing between them. (salesperson id, PIN)</extracomment>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="270"/>
        <location filename="../ui/screens/sign_in.py" line="271"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="272"/>
        <source>Checks your PIN and opens the form for inviting a customer</source>
        <translation>Prüft Ihre PIN und öffnet das Formular zum Einladen eines Kunden</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="275"/>
        <source>Staff sign-in</source>
        <translation>Anmeldung für Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="276"/>
        <source>Who are you?</source>
        <translation>Wer sind Sie?</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="277"/>
        <source>Your &amp;PIN</source>
        <translation>Ihre &amp;PIN</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="278"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="279"/>
        <source>Your PIN of 4 to 8 digits; Enter signs you in</source>
        <translation>Ihre PIN mit 4 bis 8 Ziffern; mit der Eingabetaste melden Sie sich an</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="281"/>
        <source>Loading the staff list…</source>
        <translation>Mitarbeiterliste wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="283"/>
        <source>The staff list could not be loaded: the kiosk cannot reach the server.</source>
        <translation>Die Mitarbeiterliste konnte nicht geladen werden: Der Kiosk kann den Server nicht erreichen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="285"/>
        <source>No salespeople are set up for this showroom yet. Please ask your administrator.</source>
        <translation>Für diesen Standort sind noch keine Verkaufsberater eingerichtet. Bitte wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="290"/>
        <location filename="../ui/screens/sign_in.py" line="291"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="292"/>
        <source>Loads the staff list again</source>
        <translation>Lädt die Mitarbeiterliste neu</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="293"/>
        <location filename="../ui/screens/sign_in.py" line="294"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="295"/>
        <source>Back to the welcome screen</source>
        <translation>Zurück zum Startbildschirm</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="305"/>
        <source>Choose your name, then enter your PIN</source>
        <translation>Wählen Sie Ihren Namen und geben Sie dann Ihre PIN ein</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="313"/>
        <source>That PIN is not right. One more wrong PIN locks sign-in for a few minutes.</source>
        <translation>Die PIN ist nicht korrekt. Nach einer weiteren falschen PIN wird die Anmeldung für einige Minuten gesperrt.</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="314"/>
        <source>That PIN is not right. Please try again.</source>
        <translation>Die PIN ist nicht korrekt. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="318"/>
        <source>Too many wrong PINs. Sign-in is locked for %1 min.</source>
        <translation>Zu viele falsche PIN-Eingaben. Die Anmeldung ist für %1 Min. gesperrt.</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="319"/>
        <source>You can no longer sign in at this showroom. Please ask your administrator.</source>
        <translation>Sie können sich an diesem Standort nicht mehr anmelden. Bitte wenden Sie sich an Ihren Administrator.</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../ui/widgets/still_there.py" line="62"/>
        <source>Are you still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message>
        <location filename="../ui/widgets/still_there.py" line="64"/>
        <source>For your privacy, this screen is cleared in %1 s. Touch the screen to continue.</source>
        <translation>Zum Schutz Ihrer Daten wird dieser Bildschirm in %1 s zurückgesetzt. Tippen Sie auf den Bildschirm, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/still_there.py" line="68"/>
        <location filename="../ui/widgets/still_there.py" line="69"/>
        <source>I am still here</source>
        <translation>Ich bin noch da</translation>
    </message>
    <message>
        <location filename="../ui/widgets/still_there.py" line="70"/>
        <source>Keeps everything on the screen and carries on</source>
        <translation>Behält alles auf dem Bildschirm bei und fährt fort</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="89"/>
        <source>Shows or hides the details</source>
        <translation>Blendet die Details ein oder aus</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="90"/>
        <location filename="../ui/widgets/sync_indicator.py" line="91"/>
        <source>Try sending now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="92"/>
        <source>Sends what is waiting without waiting for the next try</source>
        <translation>Sendet alles Ausstehende, ohne auf den nächsten Versuch zu warten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="94"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="95"/>
        <source>Waiting to send</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="96"/>
        <source>Last sent</source>
        <translation>Zuletzt gesendet</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="97"/>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="98"/>
        <source>Last problem</source>
        <translation>Letztes Problem</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="103"/>
        <source>Connecting…</source>
        <translation>Verbindungsaufbau…</translation>
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
        <translation>Ausstehend: %1 (älteste von %2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="118"/>
        <source>All sent, last at %1</source>
        <translation>Alles gesendet, zuletzt um %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="120"/>
        <source>Needs attention: %1</source>
        <translation>Handlungsbedarf: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="126"/>
        <source> (oldest %1)</source>
        <translation> (älteste von %1)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="88"/>
        <source>Connection and sending</source>
        <translation>Verbindung und Versand</translation>
    </message>
</context>
<context>
    <name>VerifyCodeScreen</name>
    <message>
        <location filename="../ui/screens/verify_code.py" line="354"/>
        <source>Enter your code</source>
        <translation>Code eingeben</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="276"/>
        <source>That code is not right. Please check it and try again.</source>
        <extracomment>Wide enough for &quot;123 456&quot; in a large font; a code is no sentence. &quot;Not your e-mail?&quot;: the salesperson corrects the address. Back to the hand-off, whose other ways to finish (phone, later from the e-mail) still work. The customer cannot finish through this invitation (expired, withdrawn, already done): back to the salesperson, who can send a new one. The same button under the name the issue gives it.</extracomment>
        <translation>Der Code ist nicht korrekt. Bitte prüfen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="283"/>
        <source>Several new codes were sent already. Please enter the code from the newest e-mail, or ask for another one in %1 minutes.</source>
        <translation>Es wurden bereits mehrere neue Codes gesendet. Bitte geben Sie den Code aus der neuesten E-Mail ein oder fordern Sie in %1 Minuten einen weiteren an.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="289"/>
        <source>This code can no longer be used: it was typed wrong too often, or a newer one was sent. Please ask for a new code.</source>
        <translation>Dieser Code ist nicht mehr gültig: Er wurde zu oft falsch eingegeben oder es wurde ein neuerer gesendet. Bitte fordern Sie einen neuen Code an.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="293"/>
        <source>This invitation has expired or was withdrawn, so it can no longer be used. Please ask the salesperson to send you a new one.</source>
        <translation>Diese Einladung ist abgelaufen oder wurde zurückgezogen und kann nicht mehr verwendet werden. Bitte lassen Sie sich vom Verkaufsberater eine neue senden.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="297"/>
        <source>The server does not know this invitation. Please ask the salesperson to send you a new one.</source>
        <translation>Der Server kennt diese Einladung nicht. Bitte lassen Sie sich vom Verkaufsberater eine neue senden.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="300"/>
        <source>This registration is already complete. Sign in with your e-mail address and the password you chose.</source>
        <translation>Diese Registrierung ist bereits abgeschlossen. Melden Sie sich mit Ihrer E-Mail-Adresse und dem von Ihnen gewählten Passwort an.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="304"/>
        <source>The kiosk cannot reach the server right now, so the code cannot be checked. Please try again in a moment, or finish on your phone or later with the link in the e-mail.</source>
        <translation>Der Kiosk kann den Server gerade nicht erreichen, daher kann der Code nicht geprüft werden. Bitte versuchen Sie es gleich noch einmal oder schließen Sie die Registrierung auf Ihrem Smartphone oder später über den Link in der E-Mail ab.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="308"/>
        <source>The server had a problem checking the code. Please try again in a moment, or finish on your phone or later with the link in the e-mail.</source>
        <translation>Beim Prüfen des Codes ist auf dem Server ein Problem aufgetreten. Bitte versuchen Sie es gleich noch einmal oder schließen Sie die Registrierung auf Ihrem Smartphone oder später über den Link in der E-Mail ab.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="312"/>
        <source>This kiosk cannot check codes right now. Please finish on your phone or later with the link in the e-mail.</source>
        <translation>Dieser Kiosk kann gerade keine Codes prüfen. Bitte schließen Sie die Registrierung auf Ihrem Smartphone oder später über den Link in der E-Mail ab.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="316"/>
        <source>This kiosk could not ask for a new code. Please finish on your phone or later with the link in the e-mail.</source>
        <translation>Dieser Kiosk konnte keinen neuen Code anfordern. Bitte schließen Sie die Registrierung auf Ihrem Smartphone oder später über den Link in der E-Mail ab.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="320"/>
        <source>Something went wrong. Please try again, or finish on your phone or later with the link in the e-mail.</source>
        <translation>Es ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut oder schließen Sie die Registrierung auf Ihrem Smartphone oder später über den Link in der E-Mail ab.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="335"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="355"/>
        <source>We e-mailed a 6-digit code to %1.</source>
        <translation>Wir haben einen 6-stelligen Code an %1 gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="356"/>
        <source>Enter it here to show the address is yours.</source>
        <translation>Geben Sie ihn hier ein, um zu bestätigen, dass die Adresse Ihnen gehört.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="357"/>
        <location filename="../ui/screens/verify_code.py" line="358"/>
        <source>Not your e-mail?</source>
        <translation>Nicht Ihre E-Mail-Adresse?</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="361"/>
        <source>Lets you correct your e-mail address; a new code is sent.</source>
        <translation>Hier korrigieren Sie Ihre E-Mail-Adresse; ein neuer Code wird gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="365"/>
        <source>Calls the salesperson, who corrects the e-mail address.</source>
        <translation>Bittet den Verkaufsberater, die E-Mail-Adresse zu korrigieren.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="367"/>
        <source>&amp;Code from the e-mail</source>
        <translation>&amp;Code aus der E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="368"/>
        <source>Code from the e-mail</source>
        <translation>Code aus der E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="369"/>
        <source>6 digits; a space in the middle is fine.</source>
        <translation>6 Ziffern; ein Leerzeichen in der Mitte ist erlaubt.</translation>
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
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="373"/>
        <source>Checks the same code again.</source>
        <translation>Prüft denselben Code erneut.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="374"/>
        <location filename="../ui/screens/verify_code.py" line="375"/>
        <source>Send me a new code</source>
        <translation>Neuen Code anfordern</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="376"/>
        <location filename="../ui/screens/verify_code.py" line="392"/>
        <source>E-mails a new code; the old one stops working.</source>
        <translation>Sendet einen neuen Code per E-Mail; der alte wird ungültig.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="377"/>
        <location filename="../ui/screens/verify_code.py" line="378"/>
        <source>Use my phone or finish later</source>
        <translation>Smartphone nutzen oder später abschließen</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="380"/>
        <source>Back to the choices: scan a QR code with your phone, or use the link in the e-mail later.</source>
        <translation>Zurück zur Auswahl: einen QR-Code mit dem Smartphone scannen oder später den Link in der E-Mail nutzen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="382"/>
        <location filename="../ui/screens/verify_code.py" line="383"/>
        <source>Back to the salesperson</source>
        <translation>Zurück zum Verkaufsberater</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="385"/>
        <source>Hands the kiosk back to the salesperson, who can send a new invitation.</source>
        <translation>Übergibt den Kiosk wieder an den Verkaufsberater, der eine neue Einladung senden kann.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="393"/>
        <source>Checks the code and goes on to choosing a password.</source>
        <translation>Prüft den Code und führt weiter zur Wahl des Passworts.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="387"/>
        <location filename="../ui/screens/verify_code.py" line="388"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="389"/>
        <source>Back to the choices: here, on your phone, or later.</source>
        <translation>Zurück zur Auswahl: hier, auf dem Smartphone oder später.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="390"/>
        <location filename="../ui/screens/verify_code.py" line="391"/>
        <source>Send a new code</source>
        <translation>Neuen Code senden</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="335"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../ui/screens/welcome.py" line="112"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="114"/>
        <source>Your %1 is your personal account for Porsche&apos;s services and apps, for you and your car.</source>
        <translation>Ihre %1 ist Ihr persönliches Konto für die Services und Apps von Porsche – für Sie und Ihr Fahrzeug.</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="118"/>
        <source>Create your %1</source>
        <translation>Ihre %1 erstellen</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="120"/>
        <source>Register here at the kiosk, without a salesperson</source>
        <translation>Hier am Kiosk registrieren, ohne Verkaufsberater</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="122"/>
        <source>To create your %1, please ask one of our salespeople.</source>
        <translation>Um Ihre %1 zu erstellen, wenden Sie sich bitte an einen unserer Verkaufsberater.</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="124"/>
        <source>What is a %1?</source>
        <translation>Was ist eine %1?</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="126"/>
        <source>A short explanation of the account</source>
        <translation>Eine kurze Erklärung des Kontos</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="127"/>
        <source>How registration works</source>
        <translation>So funktioniert die Registrierung</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="129"/>
        <source>The steps from invitation to password</source>
        <translation>Die Schritte von der Einladung bis zum Passwort</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="130"/>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="131"/>
        <source>Staff sign-in</source>
        <translation>Anmeldung für Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="132"/>
        <source>For salespeople of this showroom</source>
        <translation>Für Verkaufsberater dieses Standorts</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="133"/>
        <source>Three steps</source>
        <translation>Drei Schritte</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="135"/>
        <source>You receive an e-mail from us with a 6-digit code.</source>
        <translation>Sie erhalten von uns eine E-Mail mit einem 6-stelligen Code.</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="136"/>
        <source>Finish here with the code, or scan a QR code and finish on your phone.</source>
        <translation>Schließen Sie hier mit dem Code ab oder per QR-Code am Smartphone.</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="137"/>
        <source>Choose your password. Your e-mail address is your user name.</source>
        <translation>Wählen Sie Ihr Passwort. Ihre E-Mail-Adresse ist Ihr Benutzername.</translation>
    </message>
</context>
</TS>
