<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>BuyerFormScreen</name>
    <message>
        <location filename="../ui/app.py" line="101"/>
        <location filename="../ui/screens/buyer_form.py" line="153"/>
        <location filename="../ui/screens/buyer_form.py" line="244"/>
        <source>Send invitation</source>
        <translation>Skicka inbjudan</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="149"/>
        <source>Sending…</source>
        <extracomment>In correction mode: the corrected address for the invitation already sent. Good news about the customer before (e.g. &quot;saved, will be sent&quot;): shown until the next send.</extracomment>
        <translation>Skickar…</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="151"/>
        <source>Send to the corrected address</source>
        <translation>Skicka till den rättade adressen</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="185"/>
        <source>Please give the customer the privacy notice, then tick this box.</source>
        <translation>Ge kunden integritetsmeddelandet och kryssa sedan i rutan.</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="218"/>
        <source>Signed in: %1</source>
        <translation>Inloggad: %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="220"/>
        <source>Sign out</source>
        <translation>Logga ut</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="222"/>
        <source>Invite a customer</source>
        <translation>Bjud in en kund</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="222"/>
        <source>Correct the e-mail address</source>
        <translation>Rätta e-postadressen</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="226"/>
        <source>Only the e-mail address can change. The invitation goes to the corrected address; the old link and code stop working.</source>
        <translation>Bara e-postadressen kan ändras. Inbjudan skickas till den rättade adressen; den gamla länken och koden slutar fungera.</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="233"/>
        <source>The customer receives an e-mail and can finish registering here at the kiosk or on their phone.</source>
        <translation>Kunden får ett e-postmeddelande och kan slutföra registreringen här vid kiosken eller i sin mobil.</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="236"/>
        <source>&amp;First name</source>
        <translation>&amp;Förnamn</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="237"/>
        <source>&amp;Last name</source>
        <translation>&amp;Efternamn</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="239"/>
        <source>&amp;E-mail address</source>
        <translation>E-&amp;postadress</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="239"/>
        <source>The customer&apos;s e-mail address becomes their user name.</source>
        <translation>Kundens e-postadress blir användarnamnet.</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="241"/>
        <source>Customer&apos;s &amp;language</source>
        <translation>Kundens &amp;språk</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="242"/>
        <source>Customer&apos;s language</source>
        <translation>Kundens språk</translation>
    </message>
    <message>
        <location filename="../ui/screens/buyer_form.py" line="243"/>
        <source>The customer has been given the privacy notice</source>
        <translation>Kunden har fått integritetsmeddelandet</translation>
    </message>
</context>
<context>
    <name>FinishHereScreen</name>
    <message>
        <location filename="../ui/screens/finish_here.py" line="133"/>
        <source>The passwords match</source>
        <extracomment>(password, terms accepted) — emitted only when every rule is met and both entries match.</extracomment>
        <translation>Lösenorden stämmer överens</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="133"/>
        <source>The passwords do not match</source>
        <translation>Lösenorden stämmer inte överens</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="139"/>
        <source>Creating your ID…</source>
        <translation>Skapar ditt ID…</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="139"/>
        <source>Create my %1</source>
        <translation>Skapa mitt %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="147"/>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="147"/>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="148"/>
        <source>Hide password</source>
        <translation>Dölj lösenordet</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="148"/>
        <source>Show password</source>
        <translation>Visa lösenordet</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="159"/>
        <source>Welcome, %1</source>
        <translation>Välkommen, %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="160"/>
        <source>Your user name is your e-mail address: %1</source>
        <translation>Ditt användarnamn är din e-postadress: %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="161"/>
        <source>Choose a &amp;password</source>
        <translation>Välj ett &amp;lösenord</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="162"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="163"/>
        <source>The rules below show which requirements are met.</source>
        <translation>Reglerna nedan visar vilka krav som är uppfyllda.</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="164"/>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Upprepa lösenordet</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="165"/>
        <source>Repeat the password</source>
        <translation>Upprepa lösenordet</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="166"/>
        <source>I accept the terms of use</source>
        <translation>Jag godkänner användarvillkoren</translation>
    </message>
    <message>
        <location filename="../ui/screens/finish_here.py" line="167"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
</context>
<context>
    <name>HandoffScreen</name>
    <message>
        <location filename="../ui/screens/handoff.py" line="136"/>
        <source>The e-mail could not be delivered</source>
        <extracomment>The mail bounced: back to the form, entries kept, to fix the address and send again.</extracomment>
        <translation>E-postmeddelandet kunde inte levereras</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="138"/>
        <source>No mailbox accepted mail for %1. Please check the address with the customer.</source>
        <translation>Ingen brevlåda tog emot e-post till %1. Kontrollera adressen tillsammans med kunden.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="143"/>
        <source>Invitation sent</source>
        <translation>Inbjudan skickad</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="144"/>
        <source>We sent an e-mail with a registration link to %1.</source>
        <translation>Vi har skickat ett e-postmeddelande med en registreringslänk till %1.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="148"/>
        <source>Correct the e-mail address</source>
        <translation>Rätta e-postadressen</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="149"/>
        <source>Scan with your phone</source>
        <translation>Skanna med mobilen</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="152"/>
        <source>Preparing the code…</source>
        <translation>Koden förbereds…</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="153"/>
        <source>Point your phone&apos;s camera at the code and follow the link.</source>
        <translation>Rikta mobilens kamera mot koden och öppna länken.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="154"/>
        <source>The code is not available right now. Use the link in the e-mail instead.</source>
        <translation>Koden är inte tillgänglig just nu. Använd länken i e-postmeddelandet i stället.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="158"/>
        <source>Registered</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="160"/>
        <source>Connection lost, reconnecting…</source>
        <translation>Anslutningen bröts, ansluter igen…</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="162"/>
        <source>Waiting for the customer…</source>
        <translation>Väntar på kunden…</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="167"/>
        <source>QR code with the registration link</source>
        <translation>QR-kod med registreringslänken</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="170"/>
        <source>Your phone will show: %1</source>
        <translation>Din mobil kommer att visa: %1</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="172"/>
        <location filename="../ui/screens/handoff.py" line="174"/>
        <source>Finish here</source>
        <translation>Slutför här</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="173"/>
        <source>Choose your password now, here at the kiosk.</source>
        <translation>Välj ditt lösenord nu, här vid kiosken.</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="176"/>
        <source>Next customer</source>
        <translation>Nästa kund</translation>
    </message>
    <message>
        <location filename="../ui/screens/handoff.py" line="176"/>
        <source>New customer</source>
        <translation>Ny kund</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="418"/>
        <source>A new code is on its way to %1. It replaces the old one.</source>
        <extracomment>Ask for a new QR link this long before the current one expires, so a phone never scans a dead one. How long a salesperson waits to hear &quot;sent&quot; before being told &quot;saved, will be sent later&quot;. Not confirmed yet, but safely saved: the screen says it will go when the connection is back. Who may sign in; the list is refreshed from the backend, and the PINs are checked here. The salesperson signed in, named on every staff action (None: the sign-in screen shows).</extracomment>
        <translation>En ny kod är på väg till %1. Den ersätter den gamla.</translation>
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
        <source>This is not a mobile number we can use, e.g. +46 70 123 45 67.</source>
        <translation>Det här är inget mobilnummer vi kan använda, t.ex. +46 70 123 45 67.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="35"/>
        <source>A VIN has 17 letters and digits (never I, O or Q).</source>
        <translation>Ett chassinummer (VIN) har 17 bokstäver och siffror (aldrig I, O eller Q).</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="37"/>
        <source>Please use letters and digits only.</source>
        <translation>Använd bara bokstäver och siffror.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="39"/>
        <source>This is not a valid e-mail address, e.g. name@example.com.</source>
        <translation>Det här är ingen giltig e-postadress, t.ex. namn@example.com.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="40"/>
        <source>Please check this field.</source>
        <translation>Kontrollera fältet.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="45"/>
        <source>At least 8 characters</source>
        <translation>Minst 8 tecken</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="46"/>
        <source>At least one uppercase letter</source>
        <translation>Minst en versal</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="47"/>
        <source>At least one digit</source>
        <translation>Minst en siffra</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="48"/>
        <source>At least one special character (e.g. ! § $ % &amp; ?)</source>
        <translation>Minst ett specialtecken (t.ex. ! § $ % &amp; ?)</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="51"/>
        <source>This is one of the most common passwords. Please choose one that is harder to guess.</source>
        <translation>Det här är ett av de vanligaste lösenorden. Välj ett som är svårare att gissa.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="58"/>
        <source>Saved, not sent yet: the server cannot be reached. The invitation goes out by itself as soon as the connection is back.</source>
        <translation>Sparad, inte skickad ännu: servern går inte att nå. Inbjudan skickas automatiskt så snart anslutningen är tillbaka.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="66"/>
        <source>Saved, not sent yet: the server cannot be reached. The invitation goes to the corrected address as soon as the connection is back.</source>
        <translation>Sparad, inte skickad ännu: servern går inte att nå. Inbjudan går till den rättade adressen så snart anslutningen är tillbaka.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="74"/>
        <source>The server cannot be reached right now. A new code will be e-mailed as soon as the connection is back.</source>
        <translation>Servern går inte att nå just nu. En ny kod skickas via e-post så snart anslutningen är tillbaka.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="81"/>
        <source>The server cannot be reached right now, so the registration cannot be finished here. Nothing was saved. Please try again in a moment, scan the QR code with your phone, or finish later with the link in the e-mail.</source>
        <translation>Servern går inte att nå just nu, så registreringen kan inte slutföras här. Inget sparades. Försök igen om en stund, skanna QR-koden med din mobil eller slutför senare med länken i e-postmeddelandet.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="92"/>
        <source>This kiosk could not save the details. Nothing was sent; please call your administrator.</source>
        <translation>Kiosken kunde inte spara uppgifterna. Inget skickades; kontakta din administratör.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="96"/>
        <source>The kiosk cannot reach the server right now. Nothing was sent; please try again.</source>
        <translation>Kiosken når inte servern just nu. Inget skickades; försök igen.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="100"/>
        <source>That code is not right. Tries left: %1.</source>
        <translation>Koden stämmer inte. Försök kvar: %1.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="105"/>
        <source>Several codes were sent already. Please try again in %1 minutes.</source>
        <translation>Flera koder har redan skickats. Försök igen om %1 minuter.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="110"/>
        <source>This code can no longer be used. Please ask for a new one.</source>
        <translation>Koden kan inte längre användas. Be om en ny.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="113"/>
        <source>Please enter the code from the e-mail first.</source>
        <translation>Ange först koden från e-postmeddelandet.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="116"/>
        <source>This e-mail address already has an ID. Please sign in with it.</source>
        <translation>Den här e-postadressen har redan ett ID. Logga in med det.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="119"/>
        <source>This registration is already complete.</source>
        <translation>Den här registreringen är redan slutförd.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="122"/>
        <source>This invitation has expired or was withdrawn. Please send a new one.</source>
        <translation>Inbjudan har gått ut eller dragits tillbaka. Skicka en ny.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="125"/>
        <source>Please accept the terms of use to continue.</source>
        <translation>Godkänn användarvillkoren för att fortsätta.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="128"/>
        <source>The password does not meet all the rules listed.</source>
        <translation>Lösenordet uppfyller inte alla regler i listan.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="131"/>
        <source>Some details were not accepted. Please check the form.</source>
        <translation>Vissa uppgifter godtogs inte. Kontrollera formuläret.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="134"/>
        <source>This kiosk is not enrolled. Please call your administrator.</source>
        <translation>Kiosken är inte registrerad. Kontakta din administratör.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="137"/>
        <source>The server does not know this invitation. Please start again.</source>
        <translation>Servern känner inte till den här inbjudan. Börja om.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="140"/>
        <source>You can no longer act at this showroom. Nothing was sent; please ask your administrator.</source>
        <translation>Du kan inte längre arbeta i den här anläggningen. Inget skickades; kontakta din administratör.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="143"/>
        <source>The server refused the request.</source>
        <translation>Servern avvisade begäran.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="145"/>
        <source>The server had a problem. Please try again in a moment.</source>
        <translation>Servern fick ett problem. Försök igen om en stund.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="146"/>
        <source>Something went wrong. Please try again.</source>
        <translation>Något gick fel. Försök igen.</translation>
    </message>
</context>
<context>
    <name>PasswordChecklist</name>
    <message>
        <location filename="../ui/widgets/password_checklist.py" line="47"/>
        <source>%1: met</source>
        <translation>%1: uppfyllt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/password_checklist.py" line="49"/>
        <source>%1: not met yet</source>
        <translation>%1: inte uppfyllt än</translation>
    </message>
</context>
<context>
    <name>RegisteredScreen</name>
    <message>
        <location filename="../ui/screens/registered.py" line="56"/>
        <source>Already registered</source>
        <translation>Redan registrerad</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="58"/>
        <source>%1 already has a %2 with this e-mail address, so no new one is needed. We have let them know by e-mail.</source>
        <translation>%1 har redan ett %2 med den här e-postadressen, så inget nytt behövs. Vi har meddelat kunden via e-post.</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="62"/>
        <source>Registered</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="63"/>
        <source>Thank you, %1. Your %2 is ready: sign in with your e-mail address and your new password.</source>
        <translation>Tack, %1. Ditt %2 är klart: logga in med din e-postadress och ditt nya lösenord.</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="65"/>
        <source>Success</source>
        <translation>Klart</translation>
    </message>
    <message>
        <location filename="../ui/screens/registered.py" line="66"/>
        <source>Next customer</source>
        <translation>Nästa kund</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../ui/screens/sign_in.py" line="221"/>
        <source>Checking…</source>
        <extracomment>The backend allows PINs of 4 to 8 digits. The PIN column: three keys a thumb hits easily, and the spacing between them. (salesperson id, PIN)</extracomment>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="221"/>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="224"/>
        <source>Staff sign-in</source>
        <translation>Inloggning för personal</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="225"/>
        <source>Who are you?</source>
        <translation>Vem är du?</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="226"/>
        <source>Your &amp;PIN</source>
        <translation>Din &amp;PIN-kod</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="227"/>
        <source>PIN</source>
        <translation>PIN-kod</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="228"/>
        <source>Delete last digit</source>
        <translation>Radera sista siffran</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="230"/>
        <source>Loading the staff list…</source>
        <translation>Hämtar personallistan…</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="232"/>
        <source>The staff list could not be loaded: the kiosk cannot reach the server.</source>
        <translation>Personallistan kunde inte hämtas: kiosken når inte servern.</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="234"/>
        <source>No salespeople are set up for this showroom yet. Please ask your administrator.</source>
        <translation>Inga säljare är upplagda för den här anläggningen ännu. Kontakta din administratör.</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="239"/>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="251"/>
        <source>That PIN is not right. One more wrong PIN locks sign-in for a few minutes.</source>
        <translation>Fel PIN-kod. Ytterligare en felaktig PIN-kod spärrar inloggningen i några minuter.</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="252"/>
        <source>That PIN is not right. Please try again.</source>
        <translation>Fel PIN-kod. Försök igen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="256"/>
        <source>Too many wrong PINs. Sign-in is locked for %1 min.</source>
        <translation>För många felaktiga PIN-koder. Inloggningen är spärrad i %1 min.</translation>
    </message>
    <message>
        <location filename="../ui/screens/sign_in.py" line="257"/>
        <source>You can no longer sign in at this showroom. Please ask your administrator.</source>
        <translation>Du kan inte längre logga in i den här anläggningen. Kontakta din administratör.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="32"/>
        <location filename="../ui/widgets/sync_indicator.py" line="36"/>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="36"/>
        <source>Online</source>
        <translation>Ansluten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="36"/>
        <source>Offline</source>
        <translation>Ej ansluten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="40"/>
        <source>Waiting to send: %1 (oldest %2)</source>
        <translation>Väntar på att skickas: %1 (äldsta %2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="45"/>
        <source>All sent, last at %1</source>
        <translation>Allt skickat, senast %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="47"/>
        <source>Needs attention: %1</source>
        <translation>Behöver åtgärdas: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sync_indicator.py" line="49"/>
        <source>Connection and sending</source>
        <translation>Anslutning och sändning</translation>
    </message>
</context>
<context>
    <name>VerifyCodeScreen</name>
    <message>
        <location filename="../ui/screens/verify_code.py" line="116"/>
        <source>Enter your code</source>
        <translation>Ange din kod</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="118"/>
        <source>We e-mailed a 6-digit code to %1. Enter it here to show the address is yours.</source>
        <translation>Vi har skickat en sexsiffrig kod till %1. Ange den här för att visa att adressen är din.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="122"/>
        <source>&amp;Code from the e-mail</source>
        <translation>&amp;Kod från e-postmeddelandet</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="123"/>
        <source>Code from the e-mail</source>
        <translation>Kod från e-postmeddelandet</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="124"/>
        <source>Not your e-mail address? Please ask the salesperson to correct it.</source>
        <translation>Är det inte din e-postadress? Be säljaren att rätta den.</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="125"/>
        <source>Correct the e-mail address</source>
        <translation>Rätta e-postadressen</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="126"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="127"/>
        <source>Send a new code</source>
        <translation>Skicka en ny kod</translation>
    </message>
    <message>
        <location filename="../ui/screens/verify_code.py" line="128"/>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
</context>
</TS>
