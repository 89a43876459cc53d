<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountService</name>
    <message>
        <source>The accounts could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name (200 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an account called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active administrator, so the account cannot be disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled; enable the account instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your own password instead of resetting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active administrator, so the role cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>%1 is not an ordinary file, so nothing was written there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: the folder cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1; the disk may be full. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make %1 safe on disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit trail has been tampered with at event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has no audit key; it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s audit key is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be written, so nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key file has been tampered with: its record of the audit trail does not check out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s database is older than its key file: it has been put back from an older copy (audit event %1 onwards is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s database does not match its key file&apos;s record: it has been put back from another copy or tampered with at audit event %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not follow the event before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>This file is not a Wingmate backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is incomplete: the file has been cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Wingmate; use that version to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is damaged: it has more in it than its header says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file inside the backup is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is damaged: its parts do not belong together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be unpacked: the folder cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be unpacked; the disk may be full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The backup folder %1 could not be made; choose another in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ordinary file, so no backup was written there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep backups out of the vault folder itself: choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault folder cannot be written to, so no backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was stopped; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the database could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written; the disk may be full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written: %1 cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup did not read back correctly, so it was not kept. Try again, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootstrap</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadQuery</name>
    <message>
        <source>The caseload could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoughts of self-harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-harmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suicidal thoughts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suicidal plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suicide attempt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInService</name>
    <message>
        <source>The wellbeing rating must be from 1 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both the scale&apos;s name and its total, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a scale Wingmate knows; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 total must be from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in on %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That check-in is not recorded (or was deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check-in cannot be moved to another mentee; delete it and record it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-ins could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>The vault folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input instead of prompting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On failure, also print technical details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new vault with its first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username of the first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the vault and check that nothing in it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the audit trail, one event per line (administrators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day to list (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day to list (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage staff accounts (administrators): user list | add NAME --display-name TEXT --role ROLE | disable NAME | enable NAME | reset-password NAME | set-role NAME ROLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support_worker, mental_health_nurse or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your own password (with --password-stdin: current password on line 1, new on line 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypt the vault under a new key (administrators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the wing&apos;s settings, or change one: settings show | set KEY VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a demonstration vault of a made-up wing, with staff accounts and eight months of records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wingmate command line: records of a prison wing&apos;s peer-mentoring scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do (see the list below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do, for example: wingmate-cli --vault DIR verify --user NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no command called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run wingmate-cli --help for how to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which vault to use with --vault DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password: give --password-stdin, or run on a terminal to be asked for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who you are with --user NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: wrong passwords were tried for %1 since the last sign-in: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your own password first: wingmate-cli --vault DIR passwd --user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a date written like 2026-01-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the first administrator with --admin NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a vault in %1 with administrator %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code (shown only this once; write it down and keep it locked away):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is intact: every page passed the integrity check and the audit trail is unbroken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 events to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do with accounts: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number of arguments for user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role must be support_worker, mental_health_nurse or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time password for %1 (they must change it when they first sign in):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled %1 and removed their key slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If they might have a copy of the vault, also change its key: wingmate-cli --vault DIR rotate-key --user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has a new key. Everyone&apos;s password still works; the recovery code is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say settings show, or settings set KEY VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting called %1; the settings are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a demonstration wing in %1; this takes under a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made a demonstration wing in %1: %2 mentors, %3 mentees, %4 sessions, %5 check-ins, %6 concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as %1 (administrator), %2 (support worker) or %3 (mental health nurse), password: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the vault to one encrypted file: backup --out FILE (without --out, into the backup folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the vault from a backup file (administrators): restore --from FILE. The current vault is kept aside, never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the vault&apos;s recovery code from standard input instead of a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a report or records to a file: export monthly | outcomes | sessions | checkins | mentee-summary | training-record (PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move one prisoner&apos;s records to another establishment: transfer export | import. With --password-stdin, import reads the password from the first line of standard input and the transfer code from the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: whose records (e.g. A1234BC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the receiving establishment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the package file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: the package file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: only show what would be imported and any conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good the records the retention period no longer allows (administrators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only show what would be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask for confirmation (for scripts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up the vault to %1 (%2) and checked that it opens and is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n older backup(s) of this vault from the backup folder.</source>
        <translation>
            <numerusform>Removed %n older backup of this vault from the backup folder.</numerusform>
            <numerusform>Removed %n older backups of this vault from the backup folder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say which backup to restore with --from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which administrator is restoring with --user NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --password-stdin or --recovery-code-stdin, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recovery code was given on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the vault in %1 from the backup made %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was in that folder before is kept, unchanged, in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month of the monthly return (YYYY-MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose record to print (mentee-summary, training-record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row exports with names, prison numbers, dates of birth and notes instead of pseudonyms (administrators only; recorded as a disclosure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to export: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the export with --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--identifiable is only for the sessions and checkins exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which month with --month YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--month must be a month written like 2026-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which period with --from DATE --to DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n row to %1.</numerusform>
            <numerusform>Wrote %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file names people: keep it safe, share it only as your establishment&apos;s rules allow, and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whose record to print with --prison-number NUMBER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n page to %1.</numerusform>
            <numerusform>Wrote %n pages to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say transfer export or transfer import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whose records, where to, and which file: --prison-number X --to &quot;HMP Name&quot; --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the transfer package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the transfer package for %1 (%2) to %3 for %4:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer code (shown only this once; send it to the receiving establishment separately from the file):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which package to import with --from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transfer code was given on the second line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer code: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transfer code was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package from %1 to %2, made %3 by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prisoner: %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already recorded here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new here; will be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (nothing can be imported until they are resolved):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported, because the package conflicts with this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 records for %2 from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records that ended before %1 (retention %2 years):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due for deletion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting records for good needs confirmation: run on a terminal, or add --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete these %1 records for good? Type yes to go on: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 records for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file could not be compacted afterwards; it will be the next time records are purged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Concern</name>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcernListQuery</name>
    <message>
        <source>Say from which day reviewed concerns are wanted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The concerns could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcernService</name>
    <message>
        <source>The concerns could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shows a risk of harm. Follow the prison&apos;s emergency and ACCT procedures now. A concern has been raised for the mental health nurse to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description of the concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The concern could not be raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the concern for the nurse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACCT reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the next review date (needed unless no further action).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next review date must be after the review date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That concern is not recorded for this mentee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That concern has already been reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date cannot be before the concern was raised on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That concern is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviews could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoWing</name>
    <message>
        <source>The demonstration wing could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeySlotFile</name>
    <message>
        <source>The vault&apos;s key file is damaged or has been tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key to protect has the wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to protect the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to check the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username or password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key file was written by a different version of Wingmate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key file is missing, so the vault cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenteeEpisode</name>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A peer mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suicidal thoughts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suicide attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Became a mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenteeService</name>
    <message>
        <source>The referral date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACCT reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closure date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when the episode became active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An active episode needs the mentee&apos;s consent recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed episode needs its closure date and reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a closed episode has a closure date and reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral that has not started has no activation date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next review date cannot be before the referral date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be before the referral on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be after the episode closed on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentee records could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That mentee episode is not recorded (or was deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This episode was closed on %1, so it cannot be changed. An administrator can amend it, giving a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for amending a closed episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentee episode could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That prisoner is not recorded (or was deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has an open episode, referred on %2; close it before a new referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when the mentee gave consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mentee episode cannot go from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the mentee&apos;s consent before making the episode active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral that never became active can only be closed as declined, transferred, released or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when the episode was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The episode could not be closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A concern about this mentee is waiting for a nurse&apos;s review; it must be reviewed before the episode is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The episode cannot close before %1, the date of its last session or check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That mentor is not recorded (or was deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an active mentor at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allocation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor could not be allocated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mentor cannot be allocated to themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already allocated to this mentee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has %2 mentees, their capacity is %3. To allocate anyway, a nurse or administrator must give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for going over capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allocation could not be ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That allocation is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That allocation has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentee episode could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allocations could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mentor</name>
    <message>
        <source>Peer mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health trainer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorRecordQuery</name>
    <message>
        <source>The mentor records could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That mentor is not recorded (or was deleted).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorService</name>
    <message>
        <source>The status change could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>governor approval and security clearance are not both recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no shadowing of at least %1 days is signed off (%2 days done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mandatory training not completed or expired: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity must be from 0 to %1 mentees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the mentor agreement was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the version of the mentor agreement that was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the agreement was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in custody, so cannot apply to be a mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a current mentoring role (%2); a new application is possible only after they leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of application cannot be changed once recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mentor still has mentees allocated; end those allocations first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance is recorded while the application is open; this mentor is already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of governor approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of security clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the approving governor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of whoever gave security clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clearance could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>governor approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application cannot be cleared until governor approval and security clearance are both recorded, with who and when. Missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The mentor cannot be marked trained until a shadowing period of at least %n month(s) is signed off.</source>
        <translation>
            <numerusform>The mentor cannot be marked trained until a shadowing period of at least %n month is signed off.</numerusform>
            <numerusform>The mentor cannot be marked trained until a shadowing period of at least %n months is signed off.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mentor cannot become active yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor is already %1; nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mentor cannot go from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the mentor left: released, transferred, resigned or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for the suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor&apos;s allocations could not be ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of shadowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of shadowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of sessions observed must be from 0 to 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shadowing can start only after the application is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mentor has left the scheme, so shadowing cannot be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mentor cannot shadow themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experienced mentor must be an active mentor; they are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shadowing could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shadowing period is signed off, so its dates cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shadowing could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shadowing period was already signed off on %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-off date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of whoever signed it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This shadowing ended after %n day(s); it must last at least %1, until %2, to be signed off.</source>
        <translation>
            <numerusform>This shadowing ended after %n day; it must last at least %1, until %2, to be signed off.</numerusform>
            <numerusform>This shadowing ended after %n days; it must last at least %1, until %2, to be signed off.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shadowing must last at least %1 before it is signed off: %n day(s) remain, until %2.</source>
        <translation>
            <numerusform>Shadowing must last at least %1 before it is signed off: %n day remains, until %2.</numerusform>
            <numerusform>Shadowing must last at least %1 before it is signed off: %n days remain, until %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-off could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The completion date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An expiry date needs a completion date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date must be after the completion date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours must be from 0 to 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor&apos;s wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervision could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervision could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That record is not recorded (or was already deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor records could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That mentor is not recorded (or was deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That shadowing period is not recorded (or was deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That training record is not recorded (or was deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That supervision is not recorded (or was deleted).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorStatus</name>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shadowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the scheme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlyReturn</name>
    <message>
        <source>other types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly return could not be worked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors active at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors shadowing at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors in training at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors who left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group attendances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins with self-harm thoughts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins with a self-harm act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns open at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews overdue at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees with an ACCT open at month end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeReport</name>
    <message>
        <source>Who is counted: every mentee episode open on at least one day of the period (referred on or before its last day and not closed before its first day). Baseline figures are those recorded at referral. Each baseline is compared with the episode&apos;s latest check-in after the referral day and on or before the period&apos;s last day. Self-harm: a mentee self-harming at baseline has stopped if that check-in records no self-harm, and has reduced if it records thoughts of self-harm but no act. Suicidal thoughts or attempts in the 12 months before referral: stopped if that check-in records none; reduced if the baseline was an attempt and the check-in records thoughts or plans but no attempt. A mentee with no such check-in counts as &quot;no later check-in&quot; and never as stopped or reduced. Education or work and becoming a mentor come from the outcomes recorded when an episode closes (or a closure because the mentee became a mentor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome report could not be worked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Had self-harmed in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-harming at referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of those, stopped or reduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of those, stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of those, reduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of those, no later check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suicidal thoughts or attempts in the 12 months before referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of those, reduced or stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved into education or work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Became mentors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message numerus="yes">
        <source>The password must be at least %n characters long.</source>
        <translation>
            <numerusform>The password must be at least %n character long.</numerusform>
            <numerusform>The password must be at least %n characters long.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password must not contain the username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password is too common; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password repeats too few different characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: a longer passphrase of several words is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>change your own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the vault for damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the wing&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the wing&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the vault&apos;s encryption key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the scheme&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add or change prisoners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record mentors&apos; applications, shadowing, training and supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record governor approval and security clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocate a mentor beyond their capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record referrals and manage mentees&apos; episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record wellbeing check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review concerns (a mental health nurse does this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a closed episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the wing&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export returns, reports and pseudonymised records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export records that identify people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a mentee&apos;s summary or a mentor&apos;s training record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore the vault from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer records to or from another establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete records past the retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 may not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prisoner</name>
    <message>
        <source>In custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrisonerService</name>
    <message>
        <source>The prison number must be a letter, four digits and two letters, like A1234BC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected release date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when the prisoner was transferred or released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer or release date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prisoner could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prisoner with number %1 is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prisoner could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prisoner could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still has an open mentee episode or a current mentoring role; close or delete those first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prisoners could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That prisoner is not recorded (or was deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prisoner with number %1 is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pseudonyms</name>
    <message>
        <source>The export could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s pseudonym key is damaged, so nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDocuments</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has never been referred as a mentee, so there is no summary to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: special category health information. Hand it only to the receiving team, keep it locked away and destroy it when no longer needed. This summary does not replace the prison&apos;s ACCT and emergency procedures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved into education or work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Became a mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentee&apos;s sessions could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk and wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCT open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level (latest review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-harm at referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the past 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suicidal thoughts or attempts, 12 months before referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing (1–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suicidal thoughts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No concerns raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews by the mental health team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviews recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer support summary for handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1 by %2 from Wingmate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor record could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has never applied to be a peer mentor, so there is no training record to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governor approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor agreement signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (valid until %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module or course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 hours of training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shadowing an experienced mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shadowing recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer mentor training record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1 by %2 from Wingmate. This record lists the training completed while a peer mentor at this establishment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer support summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>Give both the first and the last day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period&apos;s last day is before its first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the month for the return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose between 1 and 120 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity by month could not be worked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreService</name>
    <message>
        <source>The restore was stopped; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which administrator is restoring the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder; choose a folder to restore into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is of a different vault from the one in %1, so it was not restored there. Restore it into an empty folder instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery code does not open this backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That username and password do not open this backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup has been altered or damaged since it was made, so it was not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written to, so nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpacking the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the restored vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault inside the backup is damaged, so it was not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts in the backup could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can restore a backup, and %1 is not an active administrator in this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore could not be recorded, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current vault could not be moved aside, so nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored vault could not be put in place; the vault is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionService</name>
    <message>
        <source>The records could not be read for the purge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purge failed; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prisoners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor status changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shadowing periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention is off; set how many years to keep closed records (retention_years) first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>No further action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to the mental health team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCT opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowExport</name>
    <message>
        <source>The records could not be read for the export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>The vault&apos;s version could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Wingmate; install that version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schema update is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be updated to the current version; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionListQuery</name>
    <message>
        <source>The last day must not be before the first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message>
        <source>Say when the session was held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session&apos;s time cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration must be from 1 minute to 24 hours (1440 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the wing&apos;s session types (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description of the concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one mentor who delivered the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the mentee the session was for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same mentee is on the register twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A concern can be ticked only for a mentee who was there; raise it from their record instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 1:1 session is for exactly one mentee; record several mentees as a group session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a 1:1 session the mentee attended; a missed appointment is not recorded as a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group session&apos;s register must show at least one mentee attending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each follow-up action a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up action cannot be due before the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date a follow-up action was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up action cannot be done before the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The concern could not be raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised at the session on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up action could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That follow-up action is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That follow-up action is already done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date it was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That session is not recorded (or was deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>The vault&apos;s database is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is busy in another program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineQuery</name>
    <message>
        <source>Referred (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentee&apos;s timeline could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 session, %2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 session, did not attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in: self-harm %1, suicidal %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, wellbeing %1/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern waiting for review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern (reviewed): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: %1, risk %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferPackage</name>
    <message>
        <source>This file is not a Wingmate transfer package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer package is damaged or incomplete; ask the sending establishment for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer package asks for key settings Wingmate does not accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer package could not be made from these details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These records are too large for one transfer package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was not enough memory to protect the transfer package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a transfer code: it has eight groups of four letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was not enough memory to open the transfer package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer code is wrong, or the package has been changed since it was made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferPayload</name>
    <message>
        <source>Mentee episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor status changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shadowing periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer package&apos;s contents are not valid; ask the sending establishment for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transfer package was made by a newer version of Wingmate; update Wingmate to import it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferService</name>
    <message>
        <source>The records could not be read for the transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transferred records could not be saved; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prison number must be a letter, four digits and two letters, like A1234BC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the transfer package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prisoner with number %1 is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no mentee episode or mentor record to transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer package %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Wingmate transfer package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer package could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer package&apos;s contents are not valid; ask the sending establishment for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be searched for this prisoner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prison number %1 is recorded here as %2, but the package names %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s date of birth is recorded here as %2, but the package says %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s episode referred on %1 overlaps the episode recorded here (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a current mentoring role here, and so does the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported, because the package conflicts with this vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRole</name>
    <message>
        <source>Support worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A username may have up to 64 letters, digits, dots, dashes and underscores, and no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserSession</name>
    <message numerus="yes">
        <source>%n group session(s) had been saved with the type 1:1, so the monthly return counted them as 1:1 sessions. Their type is now %1; the audit log shows each correction.</source>
        <translation>
            <numerusform>%n group session had been saved with the type 1:1, so the monthly return counted it as a 1:1 session. Its type is now %1; the audit log shows the correction.</numerusform>
            <numerusform>%n group sessions had been saved with the type 1:1, so the monthly return counted them as 1:1 sessions. Their type is now %1; the audit log shows each correction.</numerusform>
        </translation>
    </message>
    <message>
        <source>The username or password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 has been disabled; ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your own password first: the one you were given works only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wingmate is locked; unlock it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must be different from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a control character that cannot be stored; retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains text that is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long ago to be right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be before %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username or password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name is too long (200 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key derivation settings are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a vault; choose an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new vault could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a recovery code: it has 32 letters and digits, in groups of four.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Wingmate vault in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords for %1. Try again in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s database file is missing; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged, or is not the one its key file belongs to. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s database could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s database does not belong with its key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s database could not be prepared for use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s database could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key slot for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key could not be changed; the vault still uses its old key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is not encrypted, so it has no key to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key could not be changed and the vault had to be closed; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s database could not be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s database could not be copied: the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is not of this vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultLock</name>
    <message>
        <source>This vault is already open in %1 (process %2 on %3). Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault folder cannot be written to, so it cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be locked for use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WingSettings</name>
    <message>
        <source>Establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory training modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum shadowing (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep closed records for (years, 0 = for ever)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs from %2 to %3 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each entry of %1 must be 100 characters or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Wingmate cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records for a prison wing&apos;s peer-mentoring scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create the vault in &lt;folder&gt; instead of the last one used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Wingmate on a made-up wing: a throwaway demonstration vault, deleted when the program closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::ActivityChart</name>
    <message>
        <source>Sessions and concerns by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s)</source>
        <translation>
            <numerusform>%1: %n session</numerusform>
            <numerusform>%1: %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n concern(s) raised</source>
        <translation>
            <numerusform>, %n concern raised</numerusform>
            <numerusform>, %n concerns raised</numerusform>
        </translation>
    </message>
    <message>
        <source>No months to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns raised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::AddShadowingDialog</name>
    <message>
        <source>Start shadowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experienced mentor shadowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Started on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shadowing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions &amp;observed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. sam.patel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::FirstRunAdministratorPage</name>
    <message>
        <source>S&amp;how passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account looks after the vault: staff accounts, settings and backups. You can add the other staff once the vault is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example sam.patel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example Sam Patel, wing manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault. This takes a few seconds while its protection is tuned to this PC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::AllocateMentorDialog</name>
    <message>
        <source>&amp;Reason for going over capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate a mentor — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mentor is active at the moment. A mentor becomes active on the Mentors page once cleared, shadowed and trained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this mentor, although their caseload is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active mentors, with their current mentees against their capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 — %3, full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mentor&apos;s caseload is full. Allocating them anyway needs a reason, which is kept and audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mentor&apos;s caseload is full. Only a nurse or an administrator may allocate beyond capacity; choose another mentor or ask them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a mentor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::AuditEventModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::AuditPage</name>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The From date is after the To date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n event from %1 to %2.</numerusform>
            <numerusform>%n events from %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>wingmate-audit-%1-to-%2.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source># Wingmate audit log, %1 to %2, %n event(s)</source>
        <translation>
            <numerusform># Wingmate audit log, %1 to %2, %n event</numerusform>
            <numerusform># Wingmate audit log, %1 to %2, %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>Exported %n event to %1.</numerusform>
            <numerusform>Exported %n events to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::BackupController</name>
    <message>
        <source>Back up the vault to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wingmate backups (*.wmbackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up before Wingmate closes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was stopped; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up at %1 to %2; it was checked and opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup made at %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup made when Wingmate closes failed: %1

Every record is still safe in the vault. Ask an administrator to check the backup folder in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::CaseloadModel</name>
    <message>
        <source>None reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Concern to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n follow-up overdue</numerusform>
            <numerusform>%n follow-ups overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Referred, not yet active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::CaseloadPage</name>
    <message>
        <source>&amp;Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by name, prison number or mentor (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mentees with a concern to review or an overdue review at the top, whichever column is sorted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the mental health review of this mentee&apos;s concern (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this mentee&apos;s record (double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the caseload again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mentee(s)</source>
        <translation>
            <numerusform>%n mentee</numerusform>
            <numerusform>%n mentees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n mentee(s)</source>
        <translation>
            <numerusform>%1 of %n mentee</numerusform>
            <numerusform>%1 of %n mentees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n need(s) review</source>
        <translation>
            <numerusform>%1 — %n needs review</numerusform>
            <numerusform>%1 — %n need review</numerusform>
        </translation>
    </message>
    <message>
        <source>Concerns and overdue reviews fir&amp;st</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, %1. The password you were given works only once: choose your own now. A few unrelated words make a strong password that is easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password. A few unrelated words make a strong password that is easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password you were given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::CheckInDialog</name>
    <message>
        <source>Check-in — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing and self-harm check-in with &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk of harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the mentee rates their wellbeing, 1 (very poor) to 10 (very good)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they are coping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What keeps them going: family, work, faith, plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scale used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 total (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else (Ctrl+Enter saves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wellbeing (1–10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-&amp;harm since last check-in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;uicidal thoughts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protective factors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk of harm. Follow the prison&apos;s emergency and ACCT procedures now — do not wait for this record. Saving this check-in raises a concern for the mental health team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Check-in saved.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern number %1 is now on the mental health team&apos;s caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::ClearanceDialog</name>
    <message>
        <source>Record governor approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record security clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The governor&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gave the clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approved on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cleared on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::CloseEpisodeDialog</name>
    <message>
        <source>Moved into &amp;education or work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Became a &amp;mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the episode — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed for them, in a sentence or two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing ends the current mentor allocations. A closed episode can then only be changed by an administrator giving a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::ConcernListModel</name>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting since today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n day(s)</source>
        <translation>
            <numerusform>Waiting %n day</numerusform>
            <numerusform>Waiting %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::ConcernsPage</name>
    <message>
        <source>&amp;Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also reviewed, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also reviewed, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which concerns to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by mentee, prison number or what was said (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A concern here is a record for the mental health team. If someone is at risk now, follow the prison&apos;s emergency and ACCT procedures first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the mental health review of this concern (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this mentee&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the concerns again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No concern is waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for review</source>
        <translation>
            <numerusform>%n waiting for review</numerusform>
            <numerusform>%n waiting for review</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 of %3 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::ErrorPanel</name>
    <message>
        <source>Show det&amp;ails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide det&amp;ails</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::FirstRunWizard</name>
    <message>
        <source>Wingmate — Set up a new vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::HelpBrowser</name>
    <message>
        <source>Wingmate Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the list of help pages (Alt+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page before (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page after (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wingmate Help — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::MainWindow</name>
    <message>
        <source>Wingmate — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the vault until someone signs in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the vault and let someone else sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the vault and quit Wingmate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wingmate &amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the help at the page for this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Wingmate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wingmate locks itself when nobody has used it for %n minute(s). Ctrl+L locks now.</source>
        <translation>
            <numerusform>Wingmate locks itself when nobody has used it for %n minute. Ctrl+L locks now.</numerusform>
            <numerusform>Wingmate locks itself when nobody has used it for %n minutes. Ctrl+L locks now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locks in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Wingmate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Wingmate %1&lt;/h3&gt;&lt;p&gt;Records for a prison wing&apos;s peer-mentoring scheme, kept in an encrypted vault on this PC.&lt;/p&gt;&lt;p&gt;Wingmate records that an ACCT is open; it never replaces the prison&apos;s own ACCT and emergency procedures. Where a check-in shows risk, follow them at once.&lt;/p&gt;&lt;p&gt;Licence: %2. Built with Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back &amp;up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a checked, encrypted copy of the whole vault to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in a person&apos;s records sent by another establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::MenteeListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::MenteeRecordDialog</name>
    <message>
        <source>Log a &amp;session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a &amp;check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allocate a mentor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the &amp;episode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing over time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline, oldest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — mentee record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · risk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · next review %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCT open%1. Follow the prison&apos;s ACCT plan; Wingmate does not replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor: none allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mentor(s): %1</source>
        <translation>
            <numerusform>Mentor: %1</numerusform>
            <numerusform>Mentors: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this person&apos;s records to the establishment they are moving to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start s&amp;upport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the mentee&apos;s consent and the day support started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::MenteesPage</name>
    <message>
        <source>&amp;New referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by name or prison number (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a referral for an existing or a new prisoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this mentee&apos;s record (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mentees recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mentee matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s)</source>
        <translation>
            <numerusform>%n episode</numerusform>
            <numerusform>%n episodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wingmate::ui::MentorApplicationDialog</name>
    <message>
        <source>A prisoner &amp;already recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;new prisoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mentor application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or prison number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. A1234BC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mentees at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prison number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway &amp;tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the prisoner who is applying, or add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prisoners found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::MentorListModel</name>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mentee(s) now; at capacity</source>
        <translation>
            <numerusform>%n mentee now; at capacity</numerusform>
            <numerusform>%n mentees now; at capacity</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentee(s) now</source>
        <translation>
            <numerusform>%n mentee now</numerusform>
            <numerusform>%n mentees now</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees / capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway tier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::MentorRecordDialog</name>
    <message>
        <source>Record &amp;governor approval…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add s&amp;upervision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness to become active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start s&amp;hadowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as tra&amp;ined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspen&amp;d…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;leaving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor record — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Status: %1 — %2, up to %n mentee(s)</source>
        <translation>
            <numerusform>Status: %1 — %2, up to %n mentee</numerusform>
            <numerusform>Status: %1 — %2, up to %n mentees</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governor approval: %1, by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governor approval: not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security clearance: %1, by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security clearance: not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shadowing: none recorded yet (at least %n month(s))</source>
        <translation>
            <numerusform>Shadowing: none recorded yet (at least %n month)</numerusform>
            <numerusform>Shadowing: none recorded yet (at least %n months)</numerusform>
        </translation>
    </message>
    <message>
        <source>Shadowing: %1 of %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; signed off %1, by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; not signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: %1 — not completed, or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet %1: clearing an application is for a role that records clearance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet %1: governor approval and security clearance must both be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not yet %1: a shadowing period of at least %n month(s) must be signed off.</source>
        <translation>
            <numerusform>Not yet %1: a shadowing period of at least %n month must be signed off.</numerusform>
            <numerusform>Not yet %1: a shadowing period of at least %n months must be signed off.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet %1: its conditions are not met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not change mentors&apos; status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mentor has left; they may apply again as a new application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n mentee(s) now.</source>
        <translation>
            <numerusform>%1 of %n mentee now.</numerusform>
            <numerusform>%1 of %n mentees now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) delivered</source>
        <translation>
            <numerusform>%n session delivered</numerusform>
            <numerusform>%n sessions delivered</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 hours in all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;raining (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mentees (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record securit&amp;y clearance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shadowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New shadowing period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;off shadowing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shadowing periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shado&amp;wing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Super&amp;vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trans&amp;fer out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the start of a period shadowing an experienced mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shadowing is recorded once the application is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shado&amp;wing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Super&amp;vision (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::MentorsPage</name>
    <message>
        <source>Show those who have &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by name or prison number (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a prisoner&apos;s application to become a mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this mentor&apos;s record (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the list again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mentor(s)</source>
        <translation>
            <numerusform>%n mentor</numerusform>
            <numerusform>%n mentors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n mentor(s)</source>
        <translation>
            <numerusform>%1 of %n mentor</numerusform>
            <numerusform>%1 of %n mentors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wingmate::ui::OneTimePasswordDialog</name>
    <message>
        <source>One-time password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this one-time password to %1 (username %2). It is shown only now. They must replace it with their own password when they first sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::PasswordStrengthMeter</name>
    <message>
        <source>Password strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters; a few unrelated words make a strong, memorable passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::PrintRecordButton</name>
    <message>
        <source>&amp;Print handover summary (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print training record (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summary of this mentee&apos;s peer support, risk and latest check-ins, for the team taking over on transfer or release. Recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor&apos;s training, hours, accreditation and shadowing, to take with them. Recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handover-summary-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training-record-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1. It holds personal information: keep it safe and hand it on only to whoever needs it.</source>
        <translation>
            <numerusform>Saved %n page to %1. It holds personal information: keep it safe and hand it on only to whoever needs it.</numerusform>
            <numerusform>Saved %n pages to %1. It holds personal information: keep it safe and hand it on only to whoever needs it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wingmate::ui::FirstRunRecoveryCodePage</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have printed or written down the recovery code and will &amp;keep it locked away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is ready. This code is shown only now, and nobody can show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If every administrator password is forgotten, this code is the only way into the vault. Print it or write it down, and keep it locked away from this PC, for example in the wing manager&apos;s safe. Anyone who has the code and a copy of the vault can read every record in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wingmate vault recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code opens the vault if every administrator password is forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it locked away, apart from the PC. Anyone who has this code and a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the vault can read every record in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code opens the vault if every administrator password is forgotten. Keep it locked away, apart from the PC. Anyone who has this code and a copy of the vault can read every record in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wingmate recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code could not be printed. Check the printer, or write the code down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wingmate-recovery-code.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. Copy it to a memory stick that is kept locked away, then delete it from this PC.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::ReferralDialog</name>
    <message>
        <source>An &amp;existing prisoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ne&amp;w prisoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the past 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent &amp;given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ACCT is &amp;open, reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by name or prison number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prisoners found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A1234BC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prison number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why peer support, in a sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As on the prison&apos;s system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-harm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;uicidal thoughts or attempts
in the past 12 months:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the prisoner being referred, or add a new prisoner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an existing prisoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCT reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sour&amp;ce:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::ReportsPage</name>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes for the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How these are counted. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions and concerns, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a spreadsheet (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly &amp;return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome re&amp;port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions in the period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check-ins in the period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;names, prison numbers and notes (a disclosure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session and check-in exports are pseudonymised unless this is ticked. A named export is recorded in the audit log as a disclosure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly-return-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcomes-%1-to-%2.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions-NAMED-%1-to-%2.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions-%1-to-%2.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-ins-NAMED-%1-to-%2.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-ins-%1-to-%2.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export with names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file will name people and hold their prison numbers, dates of birth and notes. Writing it is a disclosure of personal and health information and is recorded in the audit log under your name.

Go on only if your establishment&apos;s rules allow this disclosure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>Saved %n row to %1.</numerusform>
            <numerusform>Saved %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wingmate::ui::RestoreDialog</name>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts the whole vault back as it was when the backup was made. Records added since then are not in the backup. Only an administrator in the backup can restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .wmbackup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator&apos;s username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word or code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>32 letters and digits, in groups of four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wingmate backups (*.wmbackup);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup made on %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup made on %1 at %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which folder to restore the vault into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is in %1 now will be kept, unchanged, in %2 (nothing is deleted), and the backup put in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup will be put in %1, which is empty or does not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an administrator&apos;s username and the recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an administrator&apos;s username and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the vault?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone using this vault must have closed it. Restore now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore was stopped; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::RetentionDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview purge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand these records will be deleted for good and cannot be restored except from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention and purging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years to keep records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand the deletion is for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for ever (no purging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep records after a person&apos;s time with the scheme ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purge deletes the records of people whose every episode and mentor role ended more than that long ago, and records deleted more than that long ago. The audit trail is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the retention period first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing ended before %1, so nothing is due for deletion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records that ended before %1 and would be deleted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 records for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file could not be compacted afterwards; the next purge will try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::ReviewDialog</name>
    <message>
        <source>ACCT &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled review (no concern waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found and agreed (Ctrl+Enter saves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health review of &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Concern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ris&amp;k level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No concern is waiting; this records a scheduled review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::SessionDialog</name>
    <message>
        <source>&amp;Group session, with a register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;entee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;cern raised about the mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. B wing association room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks or unticks; Delete takes a mentee off the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was talked about (Enter for a new line, Ctrl+Enter saves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what needs doing next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What worried the mentor (goes to the mental health nurse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;delivered by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oncern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose the mentor —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose the mentee —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durat&amp;ion:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::SessionListModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n attended: %2</source>
        <translation>
            <numerusform>%1 of %n attended: %2</numerusform>
            <numerusform>%1 of %n attended: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), did not attend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::SessionsPage</name>
    <message>
        <source>&amp;Log session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open mentee record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by type, mentor, mentee or prison number (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a session (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the record of the mentee this session was for (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a session entered by mistake; the audit trail keeps what it held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the sessions again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s)</source>
        <translation>
            <numerusform>%1 of %n session</numerusform>
            <numerusform>%1 of %n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — only the newest are shown; choose fewer days to see the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), did not attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the %1 session of %2 being deleted? The reason is kept in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted: a reason is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this session for %1? It disappears from every record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::SettingsPage</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wing settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wing&apos;s policy, kept in the vault. Every change is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wing&apos;s policy, kept in the vault. Only an administrator can change these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One entry per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changed settings (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s).</source>
        <translation>
            <numerusform>Saved %n change.</numerusform>
            <numerusform>Saved %n changes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Beside the vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wingmate backs up here when it closes and once a day while it runs, keeping the newest as many as set below. Best on another drive than the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention and &amp;purging…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::SignOffShadowingDialog</name>
    <message>
        <source>Signed off by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off shadowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::StartController</name>
    <message>
        <source>There was one failed attempt to unlock as you since your last sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>There were %n failed attempts to unlock as you since your last sign-in.</source>
        <translation>
            <numerusform>There was %n failed attempt to unlock as you since your last sign-in.</numerusform>
            <numerusform>There were %n failed attempts to unlock as you since your last sign-in.</numerusform>
        </translation>
    </message>
    <message>
        <source>The most recent was on %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If that was not you, tell an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sign-in attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder could be made for the demonstration wing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a made-up wing to try Wingmate on. This takes up to a minute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wingmate — demonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demonstration wing could not be made. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault in %1 has been restored from the backup. Sign in to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was there before is kept, unchanged, in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::StartSupportDialog</name>
    <message>
        <source>Start support — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support starts once %1 has agreed to it. From then on the episode is active and counts in the caseload&apos;s and the monthly return&apos;s figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consent given on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support &amp;started on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::StatusChangeDialog</name>
    <message>
        <source>Record leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why they left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for the suspension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::SupervisionDialog</name>
    <message>
        <source>Add supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the mentor is doing, in their words or yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor&apos;s &amp;wellbeing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::TrainingDialog</name>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accreditation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ssessor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::TransferImportDialog</name>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a transfer package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a transfer package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wingmate transfer packages (*.wmtransfer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2, made %3 by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already recorded here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new here, will be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts: nothing can be imported until these are resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the transfer package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n record(s)</source>
        <translation>
            <numerusform>&amp;Import %n record</numerusform>
            <numerusform>&amp;Import %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s) for %1 (%2).</source>
        <translation>
            <numerusform>Imported %n record for %1 (%2).</numerusform>
            <numerusform>Imported %n records for %1 (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wingmate::ui::TransferOutDialog</name>
    <message>
        <source>&amp;Make package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer %1&apos;s records out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. HMP Somewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving &amp;establishment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is shown only this once and is not kept anywhere. Without it the package cannot be opened. Give it to the receiving establishment separately from the file: read it out on the phone, or write it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the establishment %1 is moving to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This discloses %1&apos;s (%2) mentee episodes, sessions, check-ins, concerns and reviews, and any mentor record, to %3. It is recorded in the audit trail. Nothing here is changed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the transfer package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wingmate transfer packages (*.wmtransfer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the transfer package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wingmate transfer code for %1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The package for %1 (%n record(s)) is saved as %2.</source>
        <translation>
            <numerusform>The package for %1 (%n record) is saved as %2.</numerusform>
            <numerusform>The package for %1 (%n records) is saved as %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wingmate::ui::UnlockWindow</name>
    <message>
        <source>Unlock the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your own Wingmate username and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a &amp;different vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;new vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wingmate — Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Wingmate vault in this folder. Choose a different vault, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords: wait %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wingmate is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can unlock and carry on where they were. Anyone else signs in with their own username and password and starts afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the vault back from a backup file (an administrator&apos;s password or the recovery code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration wing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in this vault is made up, and it is deleted when Wingmate closes. Every demonstration account has the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::UserListModel</name>
    <message>
        <source>Has a one-time password that must be replaced at the next sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::UsersPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff who may sign in to this vault. New and reset accounts get a one-time password that must be replaced at the first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) will no longer be able to sign in. Their records and audit history stay. You can enable the account again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the vault&apos;s key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the vault&apos;s key now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer sign in. If they might have a copy of the vault from before, change the vault&apos;s key now so that their old password cannot open that copy&apos;s data either. It takes a moment, and everyone keeps their own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change the vault&apos;s key now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the vault&apos;s key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s password will stop working. You will be shown a one-time password to give them; they must replace it when they next sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role for %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::FirstRunVaultFolderPage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open this vault instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wingmate keeps every record in one encrypted vault: a folder holding the encrypted database and its key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new or empty folder on this PC&apos;s own disk. Only people who can sign in to Wingmate can read what is inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the folder for the vault, or choose one with Browse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the full path of the folder, starting with /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder already holds a Wingmate vault. Choose another folder for a new vault, or open this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder already has other files in it. Choose an empty folder, or type the name of a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wingmate is not allowed to write to this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wingmate is not allowed to make a folder there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder will be made when the vault is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder is empty and ready for the vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wingmate::ui::WellbeingChart</name>
    <message>
        <source>Wellbeing over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins yet. Wellbeing ratings and scale totals will be drawn here over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None of the %n check-in(s) has a wellbeing rating or a scale total to draw.</source>
        <translation>
            <numerusform>The check-in has no wellbeing rating or scale total to draw.</numerusform>
            <numerusform>None of the %n check-ins has a wellbeing rating or a scale total to draw.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: wellbeing %2 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 total %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n wellbeing rating(s), the latest %1</source>
        <translation>
            <numerusform>%n wellbeing rating, the latest %1</numerusform>
            <numerusform>%n wellbeing ratings, the latest %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scale total(s), the latest %1</source>
        <translation>
            <numerusform>%n scale total, the latest %1</numerusform>
            <numerusform>%n scale totals, the latest %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Wellbeing rating (1–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale totals (share of each range)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
