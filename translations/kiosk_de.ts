<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutIdPage</name>
    <message>
        <location filename="../ui/screens/info_pages.py" line="75"/>
        <source>What is a %1?</source>
        <translation>Was ist eine %1?</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="77"/>
        <source>Your %1 is one personal account for Porsche&apos;s online services and apps.</source>
        <translation>Ihre %1 ist Ihr persönliches Konto für alle Online-Services und Apps von Porsche.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="79"/>
        <source>Your user name is your e-mail address. We check it is yours by sending you a code, and it cannot be changed later: please use an address you will keep.</source>
        <translation>Ihr Benutzername ist Ihre E-Mail-Adresse. Mit einem Code, den wir Ihnen senden, prüfen wir, ob sie Ihnen gehört. Da sie später nicht geändert werden kann, verwenden Sie bitte eine Adresse, die Sie dauerhaft nutzen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="83"/>
        <source>Your %1 is registered in the country of the Porsche Center that invites you, and you decide which news you would like to receive.</source>
        <translation>Ihre %1 wird im Land des Porsche Zentrums registriert, das Sie einlädt. Welche Neuigkeiten Sie erhalten möchten, entscheiden Sie selbst.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="86"/>
        <source>Forgot your password? You can set a new one at any time with a link we e-mail to you.</source>
        <translation>Passwort vergessen? Über einen Link, den wir Ihnen per E-Mail senden, können Sie jederzeit ein neues festlegen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="88"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>AdminScreen</name>
    <message>
        <location filename="../ui/screens/admin.py" line="589"/>
        <source>Too many wrong PINs. Admin is locked for %1 min.</source>
        <extracomment>The PIN column: three keys a thumb hits easily, and the spacing between them (as on staff sign-in). The column of sections on the left. Readable line length for a section&apos;s content. How long &quot;Quit kiosk&quot; stays armed after the first press. The seconds settings, with the step of their − and + keys. The PIN typed on the PIN step (the window checks it with ``kiosk.admin_pin.AdminPinGuard``). Settings to store, by their names in :class:`kiosk.config.KioskSettings` (already checked). The backend address to test (checked to be http(s)://…). (backend address, enrolment code) The Diagnostics section was opened: the window answers with :meth:`show_diagnostics`. A new admin PIN that passed the rules, typed twice alike (the window hashes and stores it). How long &quot;Quit kiosk&quot; stays armed after the first press.</extracomment>
        <translation>Zu viele falsche PIN-Eingaben. Die Administration ist für %1 Min. gesperrt.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="591"/>
        <source>That PIN is not right. One more wrong PIN locks admin for a few minutes.</source>
        <translation>Die PIN ist nicht korrekt. Nach einer weiteren falschen PIN wird die Administration für einige Minuten gesperrt.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="593"/>
        <source>That PIN is not right. Please try again.</source>
        <translation>Die PIN ist nicht korrekt. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="903"/>
        <source>This kiosk is now enrolled at %1.</source>
        <translation>Dieser Kiosk ist jetzt bei %1 registriert.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="901"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="905"/>
        <source>The admin PIN was changed. Use the new PIN from now on.</source>
        <translation>Die Admin-PIN wurde geändert. Verwenden Sie ab jetzt die neue PIN.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="907"/>
        <source>The server address under Connection is not valid. Please correct it first.</source>
        <translation>Die Serveradresse unter „Verbindung“ ist ungültig. Bitte korrigieren Sie sie zuerst.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="808"/>
        <source>Server: %1 (change it under Connection)</source>
        <translation>Server: %1 (ändern unter „Verbindung“)</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="814"/>
        <source>Please enter the server&apos;s address.</source>
        <translation>Bitte geben Sie die Adresse des Servers ein.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="816"/>
        <source>The address starts with http:// or https://, e.g. https://onboarding.example.com.</source>
        <translation>Die Adresse beginnt mit http:// oder https://, z. B. https://onboarding.example.com.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="818"/>
        <source>Only the server&apos;s address, please: no user name, password, “?” or “#”.</source>
        <translation>Bitte nur die Adresse des Servers: kein Benutzername, kein Passwort, kein „?“ oder „#“.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="819"/>
        <source>This is not a complete address, e.g. https://onboarding.example.com.</source>
        <translation>Dies ist keine vollständige Adresse, z. B. https://onboarding.example.com.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="829"/>
        <source>Please enter the enrolment code.</source>
        <translation>Bitte geben Sie den Registrierungscode ein.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="838"/>
        <source>Please choose between %1 and %2 seconds.</source>
        <translation>Bitte wählen Sie einen Wert zwischen %1 und %2 Sekunden.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="862"/>
        <source>The two PINs are not the same.</source>
        <translation>Die beiden PINs stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="868"/>
        <source>Please use %1 to %2 digits.</source>
        <translation>Bitte verwenden Sie %1 bis %2 Ziffern.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="873"/>
        <source>Repeated digits or patterns (000000, 121212) are too easy to guess.</source>
        <translation>Wiederholte Ziffern oder Muster (000000, 121212) sind zu leicht zu erraten.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="875"/>
        <source>Digits counting up or down (123456, 987654) are too easy to guess.</source>
        <translation>Auf- oder absteigende Ziffernfolgen (123456, 987654) sind zu leicht zu erraten.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="876"/>
        <source>This is one of the PINs people try first. Please choose another.</source>
        <translation>Dies ist eine der PINs, die zuerst ausprobiert werden. Bitte wählen Sie eine andere.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="920"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="920"/>
        <location filename="../ui/screens/admin.py" line="997"/>
        <source>Open admin</source>
        <translation>Administration öffnen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="932"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="938"/>
        <location filename="../ui/screens/admin.py" line="976"/>
        <source>Admin</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="940"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="940"/>
        <source>The server this kiosk sends everything to</source>
        <translation>Der Server, an den dieser Kiosk alles sendet</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="941"/>
        <source>Enrolment</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="941"/>
        <source>The showroom this kiosk belongs to</source>
        <translation>Der Standort, zu dem dieser Kiosk gehört</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="942"/>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="942"/>
        <source>Language, time-outs and how the kiosk is shown</source>
        <translation>Sprache, Zeitlimits und Darstellung des Kiosks</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="943"/>
        <location filename="../ui/screens/admin.py" line="993"/>
        <source>Admin PIN</source>
        <translation>Admin-PIN</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="943"/>
        <source>Change the PIN that opens this screen</source>
        <translation>Die PIN ändern, die diesen Bildschirm öffnet</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="944"/>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="944"/>
        <source>Versions, what is waiting to be sent, logs</source>
        <translation>Versionen, ausstehende Sendungen, Protokolle</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="952"/>
        <location filename="../ui/screens/admin.py" line="953"/>
        <source>Leave admin</source>
        <translation>Administration verlassen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="954"/>
        <source>Back to the kiosk; the admin PIN is asked again</source>
        <translation>Zurück zum Kiosk; die Admin-PIN wird erneut abgefragt</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="956"/>
        <source>Press again to quit</source>
        <translation>Zum Beenden erneut drücken</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="958"/>
        <source>Press again within 5 seconds to close the kiosk program</source>
        <translation>Innerhalb von 5 Sekunden erneut drücken, um das Kiosk-Programm zu schließen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="961"/>
        <location filename="../ui/screens/admin.py" line="965"/>
        <source>Quit kiosk</source>
        <translation>Kiosk beenden</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="963"/>
        <source>Closes the kiosk program; customers cannot use the kiosk until it is started again</source>
        <translation>Schließt das Kiosk-Programm; Kunden können den Kiosk erst nach einem Neustart wieder nutzen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="966"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="967"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="979"/>
        <source>Settings for the showroom&apos;s administrator: the server, the enrolment, how the kiosk behaves, and diagnostics for support. Enter the admin PIN to continue.</source>
        <translation>Einstellungen für den Administrator des Standorts: Server, Registrierung, Verhalten des Kiosks und Diagnose für den Support. Geben Sie die Admin-PIN ein, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="987"/>
        <source>No admin PIN is set on this kiosk, so this screen cannot be opened. Please ask whoever installed the kiosk to set one.</source>
        <translation>Auf diesem Kiosk ist keine Admin-PIN festgelegt, daher kann dieser Bildschirm nicht geöffnet werden. Bitte wenden Sie sich an die Person, die den Kiosk installiert hat.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="992"/>
        <source>Admin &amp;PIN</source>
        <translation>Admin-&amp;PIN</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="995"/>
        <source>%1 to %2 digits</source>
        <translation>%1 bis %2 Ziffern</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="998"/>
        <source>Checks the PIN and opens the admin settings</source>
        <translation>Prüft die PIN und öffnet die Administrationseinstellungen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="999"/>
        <location filename="../ui/screens/admin.py" line="1000"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1001"/>
        <source>Back to the kiosk without opening admin</source>
        <translation>Zurück zum Kiosk, ohne die Administration zu öffnen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1008"/>
        <source>The address of the onboarding server. Test it before you save it or enrol with it.</source>
        <translation>Die Adresse des Onboarding-Servers. Testen Sie sie, bevor Sie sie speichern oder den Kiosk damit registrieren.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1010"/>
        <source>Server &amp;address</source>
        <translation>Server&amp;adresse</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1010"/>
        <source>For example https://onboarding.example.com</source>
        <translation>Zum Beispiel https://onboarding.example.com</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1013"/>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1013"/>
        <location filename="../ui/screens/admin.py" line="1014"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1015"/>
        <source>Asks the server at this address whether it answers</source>
        <translation>Prüft, ob der Server unter dieser Adresse antwortet</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1017"/>
        <location filename="../ui/screens/admin.py" line="1160"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1017"/>
        <location filename="../ui/screens/admin.py" line="1018"/>
        <source>Save address</source>
        <translation>Adresse speichern</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1020"/>
        <source>The kiosk uses this address from now on, with its current enrolment</source>
        <translation>Der Kiosk verwendet ab jetzt diese Adresse, mit seiner aktuellen Registrierung</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1031"/>
        <source>The server cannot be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1033"/>
        <source>Something answered at this address, but not the onboarding server.</source>
        <translation>Unter dieser Adresse antwortet etwas, aber nicht der Onboarding-Server.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1035"/>
        <source>The server answers, but does not accept this kiosk. Please enrol it again.</source>
        <translation>Der Server antwortet, akzeptiert diesen Kiosk aber nicht. Bitte registrieren Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1037"/>
        <source>The server answers. This kiosk is not enrolled with it yet.</source>
        <translation>Der Server antwortet. Dieser Kiosk ist dort noch nicht registriert.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1039"/>
        <source>Connected: the server answers and accepts this kiosk.</source>
        <translation>Verbunden: Der Server antwortet und akzeptiert diesen Kiosk.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1044"/>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1047"/>
        <source>Response time</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1048"/>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1049"/>
        <source>Server version</source>
        <translation>Serverversion</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1050"/>
        <source>This kiosk&apos;s enrolment</source>
        <translation>Registrierung dieses Kiosks</translation>
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
        <translation>Nein: Die Adresse beginnt mit http://</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1060"/>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1061"/>
        <source>Not accepted</source>
        <translation>Nicht akzeptiert</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1062"/>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1065"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1069"/>
        <source>Not given</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1084"/>
        <source>This kiosk is enrolled at: %1</source>
        <translation>Dieser Kiosk ist registriert bei: %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1086"/>
        <source>This kiosk is not enrolled yet.</source>
        <translation>Dieser Kiosk ist noch nicht registriert.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1089"/>
        <source>To enrol it, ask the server&apos;s operator for a one-time enrolment code and enter it here. The kiosk keeps its device token in the system&apos;s keyring.</source>
        <translation>Fordern Sie zum Registrieren beim Betreiber des Servers einen einmaligen Registrierungscode an und geben Sie ihn hier ein. Der Kiosk speichert sein Geräte-Token im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1094"/>
        <source>Enrolment &amp;code</source>
        <translation>&amp;Registrierungscode</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1094"/>
        <source>The one-time code from the server&apos;s operator</source>
        <translation>Der Einmalcode vom Betreiber des Servers</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1098"/>
        <source>Enrolling again replaces this kiosk&apos;s device token; the old one stops working.</source>
        <translation>Eine erneute Registrierung ersetzt das Geräte-Token dieses Kiosks; das alte wird ungültig.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1102"/>
        <source>Enrolling…</source>
        <translation>Wird registriert…</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1102"/>
        <location filename="../ui/screens/admin.py" line="1103"/>
        <source>Enrol</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1105"/>
        <source>Enrols this kiosk at the server under Connection with this code</source>
        <translation>Registriert diesen Kiosk mit diesem Code beim Server unter „Verbindung“</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1109"/>
        <source>Default &amp;language</source>
        <translation>&amp;Standardsprache</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1110"/>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1111"/>
        <source>Default language</source>
        <translation>Standardsprache</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1112"/>
        <source>The language the kiosk starts in</source>
        <translation>Die Sprache, in der der Kiosk startet</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1115"/>
        <source>&amp;Customer idle time (seconds)</source>
        <translation>Inaktivität &amp;Kunde (Sekunden)</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1116"/>
        <source>Seconds without a touch before a customer screen asks whether anyone is still there</source>
        <translation>Sekunden ohne Berührung, bis ein Kundenbildschirm fragt, ob noch jemand da ist</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1119"/>
        <source>C&amp;ountdown (seconds)</source>
        <translation>&amp;Countdown (Sekunden)</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1120"/>
        <source>Seconds the question counts down before everything typed is wiped</source>
        <translation>Sekunden, die die Frage herunterzählt, bevor alle Eingaben gelöscht werden</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1123"/>
        <source>&amp;Staff idle time (seconds)</source>
        <translation>Inaktivität &amp;Mitarbeiter (Sekunden)</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1124"/>
        <source>Seconds without a touch before salesperson mode locks itself</source>
        <translation>Sekunden ohne Berührung, bis sich der Mitarbeitermodus sperrt</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1133"/>
        <source>(%1 to %2)</source>
        <translation>(%1 bis %2)</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1136"/>
        <source>Fewer seconds</source>
        <translation>Weniger Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1138"/>
        <source>More seconds</source>
        <translation>Mehr Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1143"/>
        <source>&amp;Kiosk mode: full screen, no way out without the admin PIN</source>
        <translation>K&amp;iosk-Modus: Vollbild, Verlassen nur mit Admin-PIN</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1144"/>
        <source>Off: a normal window, for trying things out</source>
        <translation>Aus: ein normales Fenster, zum Ausprobieren</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1147"/>
        <source>On-screen &amp;keyboard, for terminals without a keyboard</source>
        <translation>Bildschirm&amp;tastatur für Terminals ohne Tastatur</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1148"/>
        <source>Shows a keyboard on the screen whenever a field is touched; applies after a restart</source>
        <translation>Zeigt eine Tastatur auf dem Bildschirm, sobald ein Feld berührt wird; gilt nach einem Neustart</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1151"/>
        <source>Lar&amp;ge text</source>
        <translation>&amp;Große Schrift</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1152"/>
        <source>Makes all text and controls a quarter larger</source>
        <translation>Vergrößert alle Texte und Bedienelemente um ein Viertel</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1160"/>
        <location filename="../ui/screens/admin.py" line="1161"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1162"/>
        <source>Stores these kiosk settings</source>
        <translation>Speichert diese Kiosk-Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1167"/>
        <source>The admin PIN has %1 to %2 digits. Repeated digits, patterns and digits counting up or down are refused: they are the first anyone tries.</source>
        <translation>Die Admin-PIN hat %1 bis %2 Ziffern. Wiederholte Ziffern, Muster sowie auf- oder absteigende Ziffernfolgen werden abgelehnt, da sie als Erstes ausprobiert werden.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1173"/>
        <source>&amp;New admin PIN</source>
        <translation>&amp;Neue Admin-PIN</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1173"/>
        <source>Digits only</source>
        <translation>Nur Ziffern</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1174"/>
        <source>&amp;Repeat the new PIN</source>
        <translation>Neue PIN &amp;wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1174"/>
        <source>The same digits again</source>
        <translation>Dieselben Ziffern noch einmal</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1177"/>
        <source>Changing…</source>
        <translation>Wird geändert…</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1177"/>
        <location filename="../ui/screens/admin.py" line="1178"/>
        <source>Change PIN</source>
        <translation>PIN ändern</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1179"/>
        <source>Makes the new PIN the admin PIN</source>
        <translation>Macht die neue PIN zur Admin-PIN</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1182"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1183"/>
        <source>Waiting to be sent</source>
        <translation>Warten auf Versand</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1185"/>
        <source>Waiting</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1186"/>
        <source>Needs a salesperson</source>
        <translation>Verkaufsberater erforderlich</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1187"/>
        <source>Oldest waiting since</source>
        <translation>Älteste ausstehend seit</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1188"/>
        <source>Last sent</source>
        <translation>Zuletzt gesendet</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1189"/>
        <source>Last problem</source>
        <translation>Letztes Problem</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1203"/>
        <source>Holds the logs, e-mail addresses and phone numbers masked, and this page; no customer&apos;s details.</source>
        <translation>Enthält die Protokolle mit maskierten E-Mail-Adressen und Telefonnummern sowie diese Seite; keine Kundendaten.</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1206"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1206"/>
        <location filename="../ui/screens/admin.py" line="1207"/>
        <source>Export logs</source>
        <translation>Protokolle exportieren</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1208"/>
        <source>Saves the logs for support as one zip file</source>
        <translation>Speichert die Protokolle für den Support als eine ZIP-Datei</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1209"/>
        <source>Saved as: %1</source>
        <translation>Gespeichert als: %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/admin.py" line="1211"/>
        <source>Export saved as</source>
        <translation>Export gespeichert als</translation>
    </message>
</context>
<context>
    <name>BuyerFormScreen</name>
    <message>
        <location filename="../ui/app.py" line="102"/>
        <location filename="../ui/screens/buyer_form.py" line="281"/>
        <location filename="../ui/screens/buyer_form.py" line="452"/>
        <source>Send invitation</source>
        <translation>Einladung senden</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="277"/>
        <source>Sending…</source>
        <extracomment>In correction mode: the corrected address for the invitation already sent. The dealer&apos;s country: which salutations to offer, and how a phone number without &quot;+&quot; is read. Good news about the customer before (e.g. &quot;saved, will be sent&quot;): shown until the next send.</extracomment>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="279"/>
        <source>Send to the corrected address</source>
        <translation>An die korrigierte Adresse senden</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="321"/>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="333"/>
        <source>Please give the customer the privacy notice, then tick this box.</source>
        <translation>Bitte händigen Sie dem Kunden die Datenschutzhinweise aus und setzen Sie dann das Häkchen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="381"/>
        <source>Signed in: %1</source>
        <translation>Angemeldet: %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="383"/>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="384"/>
        <source>This showroom&apos;s invitations and how far they got</source>
        <translation>Die Einladungen dieses Standorts und ihr Stand</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="386"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="387"/>
        <source>Locks the kiosk and returns to the welcome screen</source>
        <translation>Sperrt den Kiosk und kehrt zum Startbildschirm zurück</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="389"/>
        <source>Correct the e-mail address</source>
        <translation>E-Mail-Adresse korrigieren</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="389"/>
        <source>Invite a customer</source>
        <translation>Kunden einladen</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="393"/>
        <source>Only the e-mail address can change. The invitation goes to the corrected address; the old link and code stop working.</source>
        <translation>Nur die E-Mail-Adresse kann geändert werden. Die Einladung geht an die korrigierte Adresse; der bisherige Link und Code werden ungültig.</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="399"/>
        <source>The customer receives an e-mail and finishes registering here at the kiosk or on their phone.</source>
        <translation>Der Kunde erhält eine E-Mail und schließt die Registrierung hier am Kiosk oder auf dem Smartphone ab.</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="401"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="402"/>
        <source>&amp;Salutation</source>
        <translation>&amp;Anrede</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="403"/>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="405"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="406"/>
        <source>Ms</source>
        <translation>Frau</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="407"/>
        <source>Mr</source>
        <translation>Herr</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="420"/>
        <source>The customer&apos;s e-mail address becomes their user name and cannot be changed later.</source>
        <translation>Die E-Mail-Adresse des Kunden dient als Benutzername und kann später nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="422"/>
        <source>Use it</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="423"/>
        <source>Replaces the e-mail address with the suggestion</source>
        <translation>Ersetzt die E-Mail-Adresse durch den Vorschlag</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="426"/>
        <source>&amp;Mobile phone (optional)</source>
        <translation>&amp;Mobilnummer (optional)</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="427"/>
        <source>Without a country code, the number is read as one from this showroom&apos;s country.</source>
        <translation>Ohne Ländervorwahl gilt die Nummer als eine aus dem Land dieses Standorts.</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="432"/>
        <source>The language of the e-mail and of the customer&apos;s screens</source>
        <translation>Die Sprache der E-Mail und der Kundenbildschirme</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="433"/>
        <source>Vehicle (optional)</source>
        <translation>Fahrzeug (optional)</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="434"/>
        <source>M&amp;odel</source>
        <translation>M&amp;odell</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="435"/>
        <source>e.g. Taycan 4S</source>
        <translation>z. B. Taycan 4S</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="436"/>
        <source>&amp;Commission number</source>
        <translation>&amp;Kommissionsnummer</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="437"/>
        <source>&amp;VIN</source>
        <translation>&amp;FIN</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="437"/>
        <source>The vehicle identification number: 17 letters and digits</source>
        <translation>Die Fahrzeug-Identifizierungsnummer: 17 Buchstaben und Ziffern</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="438"/>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="439"/>
        <source>The customer has been given the &amp;privacy notice</source>
        <translation>Der Kunde hat die &amp;Datenschutzhinweise erhalten</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="440"/>
        <source>Required before the invitation can be sent</source>
        <translation>Erforderlich, bevor die Einladung gesendet werden kann</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="441"/>
        <source>The customer would like news and offers by:</source>
        <translation>Der Kunde möchte Neuigkeiten und Angebote erhalten per:</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="443"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="444"/>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="445"/>
        <source>Phone call</source>
        <translation>Telefon</translation>
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
        <translation>Optional: nur wenn der Kunde es wünscht</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="416"/>
        <source>&amp;First name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="417"/>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="419"/>
        <source>&amp;E-mail address</source>
        <translation>&amp;E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="430"/>
        <source>Customer&apos;s &amp;language</source>
        <translation>&amp;Sprache des Kunden</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="431"/>
        <source>Customer&apos;s language</source>
        <translation>Sprache des Kunden</translation>
    </message>
</context>
<context>
    <name>FinishHereScreen</name>
    <message>
        <location filename="../ui/screens/finish_here.py" line="133"/>
        <source>The passwords match</source>
        <extracomment>(password, terms accepted) — emitted only when every rule is met and both entries match.</extracomment>
        <translation>Die Passwörter stimmen überein</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="133"/>
        <source>The passwords do not match</source>
        <translation>Die Passwörter stimmen nicht überein</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="139"/>
        <source>Creating your ID…</source>
        <translation>Ihre ID wird erstellt…</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="139"/>
        <source>Create my %1</source>
        <translation>Meine %1 erstellen</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="147"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="147"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="148"/>
        <source>Hide password</source>
        <translation>Passwort verbergen</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="148"/>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="159"/>
        <source>Welcome, %1</source>
        <translation>Willkommen, %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="160"/>
        <source>Your user name is your e-mail address: %1</source>
        <translation>Ihr Benutzername ist Ihre E-Mail-Adresse: %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="161"/>
        <source>Choose a &amp;password</source>
        <translation>&amp;Passwort wählen</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="162"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="163"/>
        <source>The rules below show which requirements are met.</source>
        <translation>Die Regeln unten zeigen, welche Anforderungen erfüllt sind.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="164"/>
        <source>&amp;Repeat the password</source>
        <translation>Passwort &amp;wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="165"/>
        <source>Repeat the password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="166"/>
        <source>I accept the terms of use</source>
        <translation>Ich akzeptiere die Nutzungsbedingungen</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="167"/>
        <source>Back</source>
        <translation>Zurück</translation>
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
        <location filename="../ui/screens/handoff.py" line="253"/>
        <source>Valid for %1 more; a new code follows by itself.</source>
        <extracomment>The mail bounced: back to the form, entries kept, to fix the address and send again.</extracomment>
        <translation>Noch %1 gültig; danach erscheint automatisch ein neuer Code.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="264"/>
        <source>The e-mail could not be delivered</source>
        <translation>Die E-Mail konnte nicht zugestellt werden</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="266"/>
        <source>No mailbox accepted mail for %1. Please check the address with the customer.</source>
        <translation>Für %1 hat kein Postfach die E-Mail angenommen. Bitte prüfen Sie die Adresse gemeinsam mit dem Kunden.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="271"/>
        <source>Invitation sent</source>
        <translation>Einladung gesendet</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="272"/>
        <source>We sent an e-mail with a registration link to %1.</source>
        <translation>Wir haben eine E-Mail mit einem Registrierungslink an %1 gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="275"/>
        <source>Correct the e-mail address</source>
        <translation>E-Mail-Adresse korrigieren</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="276"/>
        <source>How would you like to finish?</source>
        <translation>Wie möchten Sie die Registrierung abschließen?</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="278"/>
        <source>Finish here now</source>
        <translation>Jetzt hier abschließen</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="278"/>
        <source>Enter the code from the e-mail and choose your password here.</source>
        <translation>Geben Sie den Code aus der E-Mail ein und wählen Sie hier Ihr Passwort.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="281"/>
        <location filename="../ui/screens/handoff.py" line="287"/>
        <source>Scan with your phone</source>
        <translation>Mit dem Smartphone scannen</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="281"/>
        <source>Scan a QR code and finish on your phone, at your own pace.</source>
        <translation>Scannen Sie einen QR-Code und schließen Sie in Ruhe auf Ihrem Smartphone ab.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="284"/>
        <source>Later, from the e-mail</source>
        <translation>Später, über die E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="284"/>
        <source>Open the link in the e-mail whenever it suits you.</source>
        <translation>Öffnen Sie den Link in der E-Mail, wann immer es Ihnen passt.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="290"/>
        <source>Preparing the code…</source>
        <translation>Der Code wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="291"/>
        <source>Point your phone&apos;s camera at the code and follow the link.</source>
        <translation>Richten Sie die Kamera Ihres Smartphones auf den Code und öffnen Sie den Link.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="292"/>
        <source>The code is not available right now. Use the link in the e-mail instead.</source>
        <translation>Der Code ist gerade nicht verfügbar. Bitte nutzen Sie stattdessen den Link in der E-Mail.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="296"/>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="298"/>
        <source>Connection lost, reconnecting…</source>
        <translation>Verbindung unterbrochen, wird wiederhergestellt…</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="300"/>
        <source>Waiting for the customer…</source>
        <translation>Warten auf den Kunden…</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="305"/>
        <source>QR code with the registration link</source>
        <translation>QR-Code mit dem Registrierungslink</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="306"/>
        <source>Scan it with your phone&apos;s camera</source>
        <translation>Scannen Sie ihn mit der Kamera Ihres Smartphones</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="308"/>
        <source>Your phone will show: %1</source>
        <translation>Auf Ihrem Smartphone erscheint: %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="311"/>
        <source>Other ways to finish</source>
        <translation>Andere Wege zum Abschluss</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="312"/>
        <source>All set</source>
        <translation>Alles erledigt</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="314"/>
        <source>The e-mail to %1 has your registration link. Open it whenever it suits you.</source>
        <translation>Die E-Mail an %1 enthält Ihren Registrierungslink. Öffnen Sie ihn, wann immer es Ihnen passt.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="316"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="318"/>
        <source>For the salesperson: start over with the next customer</source>
        <translation>Für den Verkaufsberater: mit dem nächsten Kunden neu beginnen</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="317"/>
        <source>Next customer</source>
        <translation>Nächster Kunde</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="317"/>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
</context>
<context>
    <name>HowItWorksPage</name>
    <message>
        <location filename="../ui/screens/info_pages.py" line="100"/>
        <source>How registration works</source>
        <translation>So funktioniert die Registrierung</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="103"/>
        <source>1. Your salesperson enters your name and e-mail address. You receive an e-mail with a registration link and a 6-digit code.</source>
        <translation>1. Ihr Verkaufsberater gibt Ihren Namen und Ihre E-Mail-Adresse ein. Sie erhalten eine E-Mail mit einem Registrierungslink und einem 6-stelligen Code.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="107"/>
        <source>2. Finish here at the kiosk with the code, or scan the QR code on the screen and finish on your phone. You can also use the link in the e-mail later.</source>
        <translation>2. Geben Sie hier am Kiosk den Code ein oder scannen Sie den QR-Code auf dem Bildschirm und fahren Sie auf Ihrem Smartphone fort. Sie können auch später den Link in der E-Mail verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="111"/>
        <source>3. Choose a password with at least 8 characters, including an uppercase letter, a digit and a special character such as ! or ?.</source>
        <translation>3. Wählen Sie ein Passwort mit mindestens 8 Zeichen, darunter ein Großbuchstabe, eine Ziffer und ein Sonderzeichen wie ! oder ?.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="114"/>
        <source>4. That is all: sign in with your e-mail address and your new password.</source>
        <translation>4. Fertig: Melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem neuen Passwort an.</translation>
    </message>
    <message>
        <location filename="../ui/screens/info_pages.py" line="116"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>InvitationsScreen</name>
    <message>
        <location filename="../ui/screens/invitations.py" line="74"/>
        <source>Waiting to send</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="75"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="76"/>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="77"/>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="78"/>
        <source>Already had an ID</source>
        <translation>Hatte bereits eine ID</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="79"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="80"/>
        <source>Cancelled</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="81"/>
        <source>Delivery failed</source>
        <translation>Zustellung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="82"/>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="88"/>
        <source>Check the address</source>
        <translation>Adresse prüfen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="89"/>
        <source>Details not accepted</source>
        <translation>Angaben nicht akzeptiert</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="90"/>
        <source>Refused by the server</source>
        <translation>Vom Server abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="106"/>
        <source>Saved on this kiosk. It goes out as soon as the server can be reached.</source>
        <translation>Auf diesem Kiosk gespeichert. Die Einladung wird gesendet, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="110"/>
        <source>The customer has not opened the invitation yet.</source>
        <translation>Der Kunde hat die Einladung noch nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="112"/>
        <source>The customer opened the invitation but has not finished registering.</source>
        <translation>Der Kunde hat die Einladung geöffnet, die Registrierung aber noch nicht abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="116"/>
        <source>The customer has registered.</source>
        <translation>Der Kunde hat sich registriert.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="118"/>
        <source>The customer already had an ID; the vehicle was linked to it.</source>
        <translation>Der Kunde hatte bereits eine ID; das Fahrzeug wurde damit verknüpft.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="122"/>
        <source>The invitation expired. Send a new one if the customer still wants an ID.</source>
        <translation>Die Einladung ist abgelaufen. Senden Sie eine neue, falls der Kunde weiterhin eine ID möchte.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="126"/>
        <source>This invitation was cancelled.</source>
        <translation>Diese Einladung wurde zurückgezogen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="128"/>
        <source>The e-mail could not be delivered. Please check the address with the customer.</source>
        <translation>Die E-Mail konnte nicht zugestellt werden. Bitte prüfen Sie die Adresse gemeinsam mit dem Kunden.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="132"/>
        <source>The server did not accept some of the details. Correct them and send it again.</source>
        <translation>Der Server hat einige Angaben nicht akzeptiert. Korrigieren Sie sie und senden Sie die Einladung erneut.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="135"/>
        <source>The server refused this invitation. Check the details and send it again.</source>
        <translation>Der Server hat diese Einladung abgelehnt. Prüfen Sie die Angaben und senden Sie die Einladung erneut.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="149"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="639"/>
        <location filename="../ui/screens/invitations.py" line="647"/>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="640"/>
        <source>Offline: showing only what this kiosk holds.</source>
        <translation>Offline: Es wird nur angezeigt, was auf diesem Kiosk gespeichert ist.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="642"/>
        <source>Search by name or e-mail</source>
        <translation>Nach Name oder E-Mail suchen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="643"/>
        <source>Search invitations</source>
        <translation>Einladungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="645"/>
        <source>Type part of a name or an e-mail address; the list shows the matches as you type.</source>
        <translation>Geben Sie einen Teil eines Namens oder einer E-Mail-Adresse ein; die Liste zeigt die Treffer während der Eingabe.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="649"/>
        <source>Newest first. Use the arrow keys to choose an invitation; its actions follow the list.</source>
        <translation>Neueste zuerst. Wählen Sie eine Einladung mit den Pfeiltasten; ihre Aktionen folgen nach der Liste.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="654"/>
        <source>Show QR code again</source>
        <translation>QR-Code erneut anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="656"/>
        <source>Shows the invitation&apos;s QR code so the customer can scan it with a phone.</source>
        <translation>Zeigt den QR-Code der Einladung, damit der Kunde ihn mit dem Smartphone scannen kann.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="658"/>
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="660"/>
        <source>Sends the e-mail again with a new link and code; the old ones stop working.</source>
        <translation>Sendet die E-Mail erneut mit neuem Link und Code; die alten werden ungültig.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="666"/>
        <source>Showroom figures</source>
        <translation>Zahlen des Standorts</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="667"/>
        <location filename="../ui/screens/invitations.py" line="668"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="669"/>
        <source>Leaves the list of invitations.</source>
        <translation>Verlässt die Liste der Einladungen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="670"/>
        <location filename="../ui/screens/invitations.py" line="671"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="672"/>
        <source>Loads the invitations and the figures again.</source>
        <translation>Lädt die Einladungen und die Zahlen neu.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="700"/>
        <source>Loading the invitations…</source>
        <translation>Einladungen werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="704"/>
        <source>No invitation matches “%1”.</source>
        <translation>Keine Einladung passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="706"/>
        <source>No invitations yet. The invitations you send appear here.</source>
        <translation>Noch keine Einladungen. Die Einladungen, die Sie senden, erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="708"/>
        <source>This kiosk holds no invitations. Those sent earlier show when the server can be reached.</source>
        <translation>Auf diesem Kiosk sind keine Einladungen gespeichert. Früher gesendete erscheinen, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="716"/>
        <source>No invitation chosen</source>
        <translation>Keine Einladung ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="717"/>
        <source>Choose one in the list to see what you can do with it.</source>
        <translation>Wählen Sie eine in der Liste aus, um zu sehen, was Sie damit tun können.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="727"/>
        <source>Correct the details</source>
        <translation>Angaben korrigieren</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="729"/>
        <source>Opens the details saved on this kiosk to fix them and send the invitation again.</source>
        <translation>Öffnet die auf diesem Kiosk gespeicherten Angaben, um sie zu korrigieren und die Einladung erneut zu senden.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="732"/>
        <source>Correct e-mail</source>
        <translation>E-Mail korrigieren</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="734"/>
        <source>Opens the invitation to correct the e-mail address; the old link and code stop working.</source>
        <translation>Öffnet die Einladung, um die E-Mail-Adresse zu korrigieren; der bisherige Link und Code werden ungültig.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="742"/>
        <source>Confirm cancel</source>
        <translation>Zurückziehen bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="744"/>
        <source>Press again within 5 seconds to cancel the invitation; its link and code stop working.</source>
        <translation>Innerhalb von 5 Sekunden erneut drücken, um die Einladung zurückzuziehen; Link und Code werden dann ungültig.</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="747"/>
        <source>Cancel invitation</source>
        <translation>Einladung zurückziehen</translation>
    </message>
    <message>
        <location filename="../ui/screens/invitations.py" line="749"/>
        <source>Withdraws the invitation: its link and code stop working. You confirm with a second press.</source>
        <translation>Zieht die Einladung zurück: Link und Code werden ungültig. Sie bestätigen durch erneutes Drücken.</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="568"/>
        <source>A new code is on its way to %1. It replaces the old one.</source>
        <extracomment>Ask for a new QR link this long before the current one expires, so a phone never scans a dead one. How long a salesperson waits to hear &quot;sent&quot; before being told &quot;saved, will be sent later&quot;. Not confirmed yet, but safely saved: the screen says it will go when the connection is back. None: the caller manages languages (a test); the window then only follows along. The language the salesperson signed in with: their screens come back to it. Who may sign in; the list is refreshed from the backend, and the PINs are checked here. The caller starts it from the list the outbox kept (:func:`ui.app.kept_roster`), so sign-in works after an offline restart. The salesperson signed in, named on every staff action (None: nobody is). In kiosk mode (:meth:`lock_down`) the window cannot be closed until an administrator quits it.</extracomment>
        <translation>Ein neuer Code ist an %1 unterwegs. Er ersetzt den bisherigen.</translation>
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
    <name>PasswordChecklist</name>
    <message>
        <location filename="../ui/widgets/password_checklist.py" line="47"/>
        <source>%1: met</source>
        <translation>%1: erfüllt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/password_checklist.py" line="49"/>
        <source>%1: not met yet</source>
        <translation>%1: noch nicht erfüllt</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../ui/widgets/pin_pad.py" line="41"/>
        <source>Type this digit into the PIN</source>
        <translation>Diese Ziffer in die PIN eingeben</translation>
    </message>
    <message>
        <location filename="../ui/widgets/pin_pad.py" line="42"/>
        <source>Delete last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/pin_pad.py" line="43"/>
        <source>Removes the last digit of the PIN</source>
        <translation>Entfernt die letzte Ziffer der PIN</translation>
    </message>
</context>
<context>
    <name>RegisteredScreen</name>
    <message>
        <location filename="../ui/screens/registered.py" line="56"/>
        <source>Already registered</source>
        <translation>Bereits registriert</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="58"/>
        <source>%1 already has a %2 with this e-mail address, so no new one is needed. We have let them know by e-mail.</source>
        <translation>%1 hat bereits eine %2 mit dieser E-Mail-Adresse, eine neue ist daher nicht nötig. Wir haben eine entsprechende E-Mail gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="62"/>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="63"/>
        <source>Thank you, %1. Your %2 is ready: sign in with your e-mail address and your new password.</source>
        <translation>Vielen Dank, %1. Ihre %2 ist eingerichtet: Melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem neuen Passwort an.</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="65"/>
        <source>Success</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="66"/>
        <source>Next customer</source>
        <translation>Nächster Kunde</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../ui/screens/sign_in.py" line="210"/>
        <source>Checking…</source>
        <extracomment>The backend allows PINs of 4 to 8 digits. The PIN column: three keys a thumb hits easily, and the spacing between them. (salesperson id, PIN)</extracomment>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="210"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="213"/>
        <source>Staff sign-in</source>
        <translation>Anmeldung für Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="214"/>
        <source>Who are you?</source>
        <translation>Wer sind Sie?</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="215"/>
        <source>Your &amp;PIN</source>
        <translation>Ihre &amp;PIN</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="216"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="218"/>
        <source>Loading the staff list…</source>
        <translation>Mitarbeiterliste wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="220"/>
        <source>The staff list could not be loaded: the kiosk cannot reach the server.</source>
        <translation>Die Mitarbeiterliste konnte nicht geladen werden: Der Kiosk kann den Server nicht erreichen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="222"/>
        <source>No salespeople are set up for this showroom yet. Please ask your administrator.</source>
        <translation>Für diesen Standort sind noch keine Verkaufsberater eingerichtet. Bitte wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="227"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="228"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="229"/>
        <source>Back to the welcome screen</source>
        <translation>Zurück zum Startbildschirm</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="241"/>
        <source>That PIN is not right. One more wrong PIN locks sign-in for a few minutes.</source>
        <translation>Die PIN ist nicht korrekt. Nach einer weiteren falschen PIN wird die Anmeldung für einige Minuten gesperrt.</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="242"/>
        <source>That PIN is not right. Please try again.</source>
        <translation>Die PIN ist nicht korrekt. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="246"/>
        <source>Too many wrong PINs. Sign-in is locked for %1 min.</source>
        <translation>Zu viele falsche PIN-Eingaben. Die Anmeldung ist für %1 Min. gesperrt.</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="247"/>
        <source>You can no longer sign in at this showroom. Please ask your administrator.</source>
        <translation>Sie können sich an diesem Standort nicht mehr anmelden. Bitte wenden Sie sich an Ihren Administrator.</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../ui/widgets/still_there.py" line="60"/>
        <source>Are you still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message>
        <location filename="../ui/widgets/still_there.py" line="62"/>
        <source>For your privacy, this screen is cleared in %1 s. Touch the screen to continue.</source>
        <translation>Zum Schutz Ihrer Daten wird dieser Bildschirm in %1 s zurückgesetzt. Tippen Sie auf den Bildschirm, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/still_there.py" line="66"/>
        <source>I am still here</source>
        <translation>Ich bin noch da</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="87"/>
        <source>Shows or hides the details</source>
        <translation>Blendet die Details ein oder aus</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="88"/>
        <source>Try sending now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="89"/>
        <source>Sends what is waiting without waiting for the next try</source>
        <translation>Sendet alles Ausstehende, ohne auf den nächsten Versuch zu warten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="91"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="92"/>
        <source>Waiting to send</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="93"/>
        <source>Last sent</source>
        <translation>Zuletzt gesendet</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="94"/>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="95"/>
        <source>Last problem</source>
        <translation>Letztes Problem</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="100"/>
        <source>Connecting…</source>
        <translation>Verbindungsaufbau…</translation>
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
        <translation>Ausstehend: %1 (älteste von %2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="115"/>
        <source>All sent, last at %1</source>
        <translation>Alles gesendet, zuletzt um %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="117"/>
        <source>Needs attention: %1</source>
        <translation>Handlungsbedarf: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="123"/>
        <source> (oldest %1)</source>
        <translation> (älteste von %1)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="86"/>
        <source>Connection and sending</source>
        <translation>Verbindung und Versand</translation>
    </message>
</context>
<context>
    <name>VerifyCodeScreen</name>
    <message>
        <location filename="../ui/screens/verify_code.py" line="116"/>
        <source>Enter your code</source>
        <translation>Code eingeben</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="118"/>
        <source>We e-mailed a 6-digit code to %1. Enter it here to show the address is yours.</source>
        <translation>Wir haben einen 6-stelligen Code an %1 gesendet. Geben Sie ihn hier ein, um zu bestätigen, dass die Adresse Ihnen gehört.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="122"/>
        <source>&amp;Code from the e-mail</source>
        <translation>&amp;Code aus der E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="123"/>
        <source>Code from the e-mail</source>
        <translation>Code aus der E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="124"/>
        <source>Not your e-mail address? Please ask the salesperson to correct it.</source>
        <translation>Nicht Ihre E-Mail-Adresse? Bitte lassen Sie sie von Ihrem Verkaufsberater korrigieren.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="125"/>
        <source>Correct the e-mail address</source>
        <translation>E-Mail-Adresse korrigieren</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="126"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="127"/>
        <source>Send a new code</source>
        <translation>Neuen Code senden</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="128"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../ui/screens/welcome.py" line="106"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="108"/>
        <source>Your %1 is your personal account for Porsche&apos;s services and apps, for you and your car.</source>
        <translation>Ihre %1 ist Ihr persönliches Konto für die Services und Apps von Porsche – für Sie und Ihr Fahrzeug.</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="112"/>
        <source>Create your %1</source>
        <translation>Ihre %1 erstellen</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="113"/>
        <source>Register here at the kiosk, without a salesperson</source>
        <translation>Hier am Kiosk registrieren, ohne Verkaufsberater</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="115"/>
        <source>To create your %1, please ask one of our salespeople.</source>
        <translation>Um Ihre %1 zu erstellen, wenden Sie sich bitte an einen unserer Verkaufsberater.</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="117"/>
        <source>What is a %1?</source>
        <translation>Was ist eine %1?</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="118"/>
        <source>A short explanation of the account</source>
        <translation>Eine kurze Erklärung des Kontos</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="119"/>
        <source>How registration works</source>
        <translation>So funktioniert die Registrierung</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="120"/>
        <source>The steps from invitation to password</source>
        <translation>Die Schritte von der Einladung bis zum Passwort</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="121"/>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="122"/>
        <source>Staff sign-in</source>
        <translation>Anmeldung für Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="123"/>
        <source>For salespeople of this showroom</source>
        <translation>Für Verkaufsberater dieses Standorts</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="124"/>
        <source>Three steps</source>
        <translation>Drei Schritte</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="126"/>
        <source>You receive an e-mail from us with a 6-digit code.</source>
        <translation>Sie erhalten von uns eine E-Mail mit einem 6-stelligen Code.</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="127"/>
        <source>Finish here with the code, or scan a QR code and finish on your phone.</source>
        <translation>Schließen Sie hier mit dem Code ab oder per QR-Code am Smartphone.</translation>
    </message>
    <message>
        <location filename="../ui/screens/welcome.py" line="128"/>
        <source>Choose your password. Your e-mail address is your user name.</source>
        <translation>Wählen Sie Ihr Passwort. Ihre E-Mail-Adresse ist Ihr Benutzername.</translation>
    </message>
</context>
</TS>
