@echo off
rem Walkaway launcher for Windows (the bash launcher ./walkaway does the same elsewhere): finds a
rem JDK 17 or newer, builds target\walkaway.jar with mvnw.cmd when it is missing or the sources
rem changed, then runs it with the arguments given, for example:  walkaway serve
rem It leaves out the bash launcher's start-up tuning (the class-data archive): a command starts a
rem little slower here, and works the same.
setlocal EnableExtensions EnableDelayedExpansion

set "HERE=%~dp0"
if "%HERE:~-1%"=="\" set "HERE=%HERE:~0,-1%"
set "JAR=%HERE%\target\walkaway.jar"

rem Java: JAVA_HOME first, then the PATH, as the bash launcher does.
set "JAVA="
set "JAVA_FROM="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
  set "JAVA_FROM=JAVA_HOME"
  call :major "!JAVA!"
  if !MAJOR! LSS 17 (
    echo walkaway: !JAVA! is Java !MAJOR!; Walkaway needs 17 or newer. 1>&2
    set "JAVA="
  )
)
if not defined JAVA (
  for %%J in (java.exe) do set "JAVA=%%~$PATH:J"
  set "JAVA_FROM=PATH"
  if defined JAVA (
    call :major "!JAVA!"
    if !MAJOR! LSS 17 (
      echo walkaway: !JAVA! is Java !MAJOR!; Walkaway needs 17 or newer. 1>&2
      set "JAVA="
    )
  )
)
if not defined JAVA (
  echo walkaway: no Java 17 or newer found. 1>&2
  echo   Install a JDK 17+ ^(for example Eclipse Temurin 17^), or set JAVA_HOME to one. 1>&2
  exit /b 1
)

rem Build when the jar is missing or anything under src\main, or pom.xml, is newer than it. cmd
rem cannot compare file times to the second; PowerShell, part of every Windows since 7, can.
set "BUILD="
if not exist "%JAR%" (
  set "BUILD=1"
) else (
  powershell -NoProfile -NonInteractive -Command ^
    "$jar = (Get-Item -LiteralPath $env:JAR).LastWriteTimeUtc;" ^
    "$newer = Get-ChildItem -LiteralPath (Join-Path $env:HERE 'src\main'), (Join-Path $env:HERE 'pom.xml') -Recurse -File |" ^
    "  Where-Object { $_.LastWriteTimeUtc -gt $jar } | Select-Object -First 1;" ^
    "if ($newer) { exit 1 } else { exit 0 }" >nul 2>&1
  if errorlevel 1 set "BUILD=1"
)
if defined BUILD (
  echo walkaway: building ^(first run or sources changed; this takes a minute^)... 1>&2
  rem mvnw.cmd uses JAVA_HOME when it is set: point it at the Java found here, or, when that
  rem came from the PATH, let mvnw.cmd find the same one there.
  if "%JAVA_FROM%"=="PATH" set "JAVA_HOME="
  pushd "%HERE%"
  call "%HERE%\mvnw.cmd" -q -B -DskipTests -Dspotless.check.skip=true package 1>&2
  set "STATUS=!ERRORLEVEL!"
  popd
  if not "!STATUS!"=="0" (
    echo walkaway: the build failed; see the messages above. 1>&2
    exit /b 1
  )
  rem The jar keeps its reproducible build time; mark when it was built, as the bash launcher does.
  copy /b "%JAR%"+,, "%JAR%" >nul
)

rem The same JVM options as the bash launcher (see there for why), except that serve, which runs
rem for hours, keeps the optimizing compiler.
set "OPTS=-XX:+IgnoreUnrecognizedVMOptions -XX:+UseSerialGC -Xmn32m -XX:PretenureSizeThreshold=1m -XX:-UsePerfData -Xlog:disable -Xlog:all=warning:stderr"
if /i not "%~1"=="serve" set "OPTS=%OPTS% -XX:TieredStopAtLevel=1 -Dwalkaway.firstTierOnly=true"

"%JAVA%" %OPTS% %WALKAWAY_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:major
rem Sets MAJOR to the major version of the java.exe given: 'java -version' prints
rem   openjdk version "17.0.15" 2025-04-15   or   java version "1.8.0_381"
set "MAJOR=0"
set "FULL="
for /f "tokens=3" %%V in ('call "%~1" -version 2^>^&1 ^| findstr /i /c:" version "') do (
  if not defined FULL set "FULL=%%~V"
)
if not defined FULL exit /b 0
for /f "tokens=1,2 delims=.-+_" %%A in ("%FULL%") do (
  set "MAJOR=%%A"
  if "%%A"=="1" set "MAJOR=%%B"
)
exit /b 0
