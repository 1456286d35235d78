<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>fd::Action</name>
    <message>
        <source>view the organisation</source>
        <translation>ver la organización</translation>
    </message>
    <message>
        <source>change areas, units, teams, technicians or equipment</source>
        <translation>modificar zonas, unidades, cuadrillas, técnicos o equipamiento</translation>
    </message>
    <message>
        <source>record an assessment</source>
        <translation>registrar una evaluación</translation>
    </message>
    <message>
        <source>change the rules</source>
        <translation>cambiar las reglas</translation>
    </message>
    <message>
        <source>change the program's settings</source>
        <translation>cambiar la configuración del programa</translation>
    </message>
    <message>
        <source>import organisation data</source>
        <translation>importar datos de la organización</translation>
    </message>
    <message>
        <source>load demo data</source>
        <translation>cargar datos de demostración</translation>
    </message>
    <message>
        <source>The role “%1” may not %2.</source>
        <translation>El rol «%1» no puede %2.</translation>
    </message>
</context>
<context>
    <name>fd::AreaService</name>
    <message>
        <source>there is no unit “%1”</source>
        <translation>no existe la unidad «%1»</translation>
    </message>
    <message>
        <source>There is no area “%1”.</source>
        <translation>No existe la zona «%1».</translation>
    </message>
</context>
<context>
    <name>fd::AssessmentKind</name>
    <message>
        <source>Qualification</source>
        <translation>Homologación</translation>
    </message>
    <message>
        <source>Retraining</source>
        <translation>Recapacitación</translation>
    </message>
</context>
<context>
    <name>fd::AssessmentService</name>
    <message>
        <source>is in the future</source>
        <translation>es una fecha futura</translation>
    </message>
    <message>
        <source>there is no unit “%1”</source>
        <translation>no existe la unidad «%1»</translation>
    </message>
    <message>
        <source>says failed, but the score reaches the pass mark of %1</source>
        <translation>indica suspenso, pero la nota alcanza el mínimo de %1</translation>
    </message>
    <message>
        <source>says passed, but the score is below the pass mark of %1</source>
        <translation>indica aprobado, pero la nota está por debajo del mínimo de %1</translation>
    </message>
    <message>
        <source>a retraining answers a termination, and the unit “%1” is %2</source>
        <translation>una recapacitación responde a una rescisión, y la unidad «%1» está %2</translation>
    </message>
    <message>
        <source>is before the termination of %1 that the retraining answers</source>
        <translation>es anterior a la rescisión del %1 a la que responde la recapacitación</translation>
    </message>
    <message>
        <source>qualification passed with %1</source>
        <translation>homologación aprobada con %1</translation>
    </message>
    <message>
        <source>retraining passed with %1</source>
        <translation>recapacitación aprobada con %1</translation>
    </message>
</context>
<context>
    <name>fd::Checks</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Número de contrato</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>Inicio del contrato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation>Subsanar antes de</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Cuadrilla</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Abonados</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation>Permiso de trabajo</translation>
    </message>
    <message>
        <source>FTTH tool kit</source>
        <translation>Kit de herramientas FTTH</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <source>appears twice</source>
        <translation>aparece dos veces</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>must not begin or end with a space</source>
        <translation>no puede empezar ni terminar con un espacio</translation>
    </message>
    <message>
        <source>must not contain a comma or a semicolon</source>
        <translation>no puede contener comas ni punto y coma</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>no puede contener caracteres de control</translation>
    </message>
    <message>
        <source>is before the termination</source>
        <translation>es anterior a la rescisión</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>no puede ser negativo</translation>
    </message>
    <message>
        <source>must name at least one area</source>
        <translation>debe indicar al menos una zona</translation>
    </message>
    <message>
        <source>area code “%1” %2</source>
        <translation>el código de zona «%1» %2</translation>
    </message>
    <message>
        <source>names the area “%1” twice</source>
        <translation>indica la zona «%1» dos veces</translation>
    </message>
    <message>
        <source>is not a telephone number (digits, spaces, +, - and brackets)</source>
        <translation>no es un número de teléfono (dígitos, espacios, +, - y paréntesis)</translation>
    </message>
    <message>
        <source>must be a date</source>
        <translation>debe ser una fecha</translation>
    </message>
    <message>
        <source>must lie between 0 and 100</source>
        <translation>debe estar entre 0 y 100</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>fd::Cli</name>
    <message>
        <source>--seed takes a whole number from 0 to 4294967295.</source>
        <translation>--seed admite un número entero de 0 a 4294967295.</translation>
    </message>
    <message>
        <source>Demo operator written to %1 (seed %2): %3 units, %4 service areas with %5 subscribers, %6 teams, %7 technicians.</source>
        <translation>Operador de demostración escrito en %1 (semilla %2): %3 unidades, %4 zonas de servicio con %5 abonados, %6 cuadrillas, %7 técnicos.</translation>
    </message>
    <message>
        <source>The command “%1” does not take %2.</source>
        <translation>La orden «%1» no admite %2.</translation>
    </message>
    <message>
        <source>No command given. Run “fiberdesk-cli --help” for the list.</source>
        <translation>No se indicó ninguna orden. Ejecute «fiberdesk-cli --help» para ver la lista.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run “fiberdesk-cli --help” for the list.</source>
        <translation>Orden desconocida «%1». Ejecute «fiberdesk-cli --help» para ver la lista.</translation>
    </message>
    <message>
        <source>Usage: fiberdesk-cli import KIND FILE</source>
        <translation>Uso: fiberdesk-cli import TIPO ARCHIVO</translation>
    </message>
    <message>
        <source>The command “%1” takes no arguments.</source>
        <translation>La orden «%1» no admite argumentos.</translation>
    </message>
    <message>
        <source>The database %1 is ready (schema version %2).</source>
        <translation>La base de datos %1 está lista (versión del esquema %2).</translation>
    </message>
    <message>
        <source>Cannot import “%1”; the kinds are %2.</source>
        <translation>No se puede importar «%1»; los tipos son %2.</translation>
    </message>
    <message>
        <source>Imported %1 rows of %2: %3 new, %4 updated, %5 unchanged.</source>
        <translation>Importadas %1 filas de %2: %3 nuevas, %4 actualizadas, %5 sin cambios.</translation>
    </message>
    <message>
        <source>--growth takes a percentage such as 12.5 or -3 (at most two decimals, not below -100).</source>
        <translation>--growth admite un porcentaje como 12.5 o -3 (como mucho dos decimales, no menos de -100).</translation>
    </message>
    <message>
        <source>%1  %2 (%3) — %4 subscribers — %5</source>
        <translation>%1  %2 (%3) — %4 abonados — %5</translation>
    </message>
    <message>
        <source>meets every rule</source>
        <translation>cumple todas las reglas</translation>
    </message>
    <message>
        <source>falls short</source>
        <translation>no cumple</translation>
    </message>
    <message>
        <source>  resource</source>
        <translation>  recurso</translation>
    </message>
    <message>
        <source>required</source>
        <translation>requerido</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>real</translation>
    </message>
    <message>
        <source>shortfall</source>
        <translation>faltante</translation>
    </message>
    <message>
        <source>  areas no team covers: %1</source>
        <translation>  zonas sin cuadrilla: %1</translation>
    </message>
    <message>
        <source> with subscribers grown by %1 %</source>
        <translation> con un crecimiento de abonados del %1 %</translation>
    </message>
    <message>
        <source>%1 of %2 units meet every allocation rule%3 (rules version %4).</source>
        <translation>%1 de %2 unidades cumplen todas las reglas de dotación%3 (versión de reglas %4).</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>strikes</source>
        <translation>faltas</translation>
    </message>
    <message>
        <source>rectify by</source>
        <translation>subsanar antes de</translation>
    </message>
    <message>
        <source>The option %1 takes no value.</source>
        <translation>La opción %1 no admite valor.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>La opción %1 necesita un valor.</translation>
    </message>
    <message>
        <source>Unknown option %1. Run “fiberdesk-cli --help” for the list.</source>
        <translation>Opción desconocida %1. Ejecute «fiberdesk-cli --help» para ver la lista.</translation>
    </message>
    <message>
        <source>Usage: fiberdesk-cli [--db PATH|postgresql://user@host:port/dbname] [--json] [--timezone ZONE] COMMAND

Commands:
  init                          create or upgrade the database
  demo [--seed N]               fill an empty database with a realistic demo operator
  import KIND FILE              import a CSV file; KIND is units, areas, teams, technicians,
                                equipment or assessments (all or nothing)
  compliance [--growth PCT]     staff, tools and vehicles each unit has against what its
                                subscribers require; PCT projects subscriber growth
  units                         each unit's contract status, strikes and rectification deadline

Options:
  --db PATH      the database (default: the desktop program's, %1)
  --json         machine-readable output on standard output
  --timezone Z   the operator's time zone for this run (IANA name, e.g. America/Lima)
  --help         this text
  --version      the program's version

Exit status: 0 on success, 1 when the command failed, 2 for a usage error.
The command line acts as the local administrator of the database it opens.</source>
        <translation>Uso: fiberdesk-cli [--db RUTA|postgresql://usuario@servidor:puerto/base] [--json] [--timezone ZONA] ORDEN

Órdenes:
  init                          crea o actualiza la base de datos
  demo [--seed N]               llena una base vacía con un operador de demostración realista
  import TIPO ARCHIVO           importa un archivo CSV; TIPO es units, areas, teams, technicians,
                                equipment o assessments (todo o nada)
  compliance [--growth PCT]     personal, herramientas y vehículos de cada unidad frente a lo que
                                exigen sus abonados; PCT proyecta un crecimiento de abonados
  units                         estado del contrato, faltas y plazo de subsanación de cada unidad

Opciones:
  --db RUTA      la base de datos (por omisión, la del programa de escritorio: %1)
  --json         salida legible por máquina en la salida estándar
  --timezone Z   zona horaria del operador para esta ejecución (nombre IANA, p. ej. America/Lima)
  --help         este texto
  --version      la versión del programa

Estado de salida: 0 si todo fue bien, 1 si la orden falló, 2 si el uso es incorrecto.
La línea de órdenes actúa como administrador local de la base de datos que abre.</translation>
    </message>
</context>
<context>
    <name>fd::Csv</name>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>un campo entre comillas no se cierra antes del final del archivo</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>texto inesperado después de unas comillas de cierre</translation>
    </message>
    <message>
        <source>a double quote inside a field that does not start with one (quote the whole field and double the quote)</source>
        <translation>comillas dobles dentro de un campo que no empieza con ellas (entrecomille todo el campo y duplique las comillas)</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (save it as UTF-8)</source>
        <translation>el archivo no es texto UTF-8 válido (guárdelo como UTF-8)</translation>
    </message>
    <message>
        <source>the file contains a NUL character; it is not a text file</source>
        <translation>el archivo contiene un carácter NUL; no es un archivo de texto</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header row</source>
        <translation>el archivo está vacío; necesita una fila de encabezado</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, línea %2, columna %3: %4</translation>
    </message>
    <message>
        <source>%1, line %2, column %3 (%4): %5</source>
        <translation>%1, línea %2, columna %3 (%4): %5</translation>
    </message>
    <message>
        <source>unknown column “%1”; the columns are %2</source>
        <translation>columna desconocida «%1»; las columnas son %2</translation>
    </message>
    <message>
        <source>the column “%1” appears twice</source>
        <translation>la columna «%1» aparece dos veces</translation>
    </message>
    <message>
        <source>the column “%1” is missing; the columns are %2</source>
        <translation>falta la columna «%1»; las columnas son %2</translation>
    </message>
    <message>
        <source>is empty; it must be one of %1</source>
        <translation>está vacío; debe ser uno de %1</translation>
    </message>
    <message>
        <source>“%1” is not one of %2</source>
        <translation>«%1» no es uno de %2</translation>
    </message>
    <message>
        <source>“%1” is not yes or no</source>
        <translation>«%1» no es yes ni no</translation>
    </message>
    <message>
        <source>is empty; it must be yes or no</source>
        <translation>está vacío; debe ser yes o no</translation>
    </message>
    <message>
        <source>is empty; it must be a whole number</source>
        <translation>está vacío; debe ser un número entero</translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>«%1» no es un número entero</translation>
    </message>
    <message>
        <source>is empty; it must be a number</source>
        <translation>está vacío; debe ser un número</translation>
    </message>
    <message>
        <source>“%1” is not a number (use a decimal point)</source>
        <translation>«%1» no es un número (use punto decimal)</translation>
    </message>
    <message>
        <source>is empty; it must be a date (YYYY-MM-DD)</source>
        <translation>está vacío; debe ser una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>«%1» no es una fecha (AAAA-MM-DD)</translation>
    </message>
</context>
<context>
    <name>fd::Database</name>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>«%1» es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <source>There is no database at “%1”. Create one with “fiberdesk-cli init”.</source>
        <translation>No hay ninguna base de datos en «%1». Créela con «fiberdesk-cli init».</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>No se puede crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>The Qt database driver %1 is not installed.</source>
        <translation>El controlador de base de datos de Qt %1 no está instalado.</translation>
    </message>
    <message>
        <source>Cannot open the database “%1”: %2</source>
        <translation>No se puede abrir la base de datos «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is not a FiberDesk database (%2).</source>
        <translation>«%1» no es una base de datos de FiberDesk (%2).</translation>
    </message>
    <message>
        <source>“%1” holds tables that are not FiberDesk's; it was left untouched.</source>
        <translation>«%1» contiene tablas que no son de FiberDesk; no se ha tocado.</translation>
    </message>
    <message>
        <source>“%1” has no readable schema version.</source>
        <translation>«%1» no tiene una versión de esquema legible.</translation>
    </message>
    <message>
        <source>The database “%1” was written by a newer FiberDesk (schema version %2; this program knows versions up to %3). It has not been changed; please update FiberDesk.</source>
        <translation>La base de datos «%1» la escribió un FiberDesk más reciente (versión del esquema %2; este programa conoce hasta la %3). No se ha modificado; actualice FiberDesk.</translation>
    </message>
    <message>
        <source>Upgrading the database “%1” failed and was undone: %2</source>
        <translation>La actualización de la base de datos «%1» falló y se deshizo: %2</translation>
    </message>
    <message>
        <source>The change was undone because part of it failed.</source>
        <translation>El cambio se deshizo porque una parte falló.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>La base de datos informó de un error: %1</translation>
    </message>
    <message>
        <source>No database was named.</source>
        <translation>No se indicó ninguna base de datos.</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL address of the form postgresql://user@host:port/dbname.</source>
        <translation>«%1» no es una dirección PostgreSQL de la forma postgresql://usuario@servidor:puerto/base.</translation>
    </message>
</context>
<context>
    <name>fd::DemoService</name>
    <message>
        <source>The database %1 already holds units; demo data is only loaded into an empty database.</source>
        <translation>La base de datos %1 ya contiene unidades; los datos de demostración solo se cargan en una base vacía.</translation>
    </message>
    <message>
        <source>Splicing practice below standard; to be assessed again.</source>
        <translation>Práctica de empalme por debajo del estándar; se evaluará de nuevo.</translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation>No se pudieron escribir los datos de demostración: %1</translation>
    </message>
    <message>
        <source>Contract rescinded: two monthly scores under 80 within a year.</source>
        <translation>Contrato rescindido: dos notas mensuales por debajo de 80 en un año.</translation>
    </message>
</context>
<context>
    <name>fd::EquipmentKind</name>
    <message>
        <source>Fusion splicer</source>
        <translation>Empalmadora de fusión</translation>
    </message>
    <message>
        <source>Special vehicle</source>
        <translation>Vehículo especial</translation>
    </message>
    <message>
        <source>Four-wheel vehicle</source>
        <translation>Vehículo 4×4</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>Escalera</translation>
    </message>
    <message>
        <source>Electric drill</source>
        <translation>Taladro eléctrico</translation>
    </message>
</context>
<context>
    <name>fd::EquipmentService</name>
    <message>
        <source>there is no unit “%1”</source>
        <translation>no existe la unidad «%1»</translation>
    </message>
    <message>
        <source>there is no team “%1”</source>
        <translation>no existe la cuadrilla «%1»</translation>
    </message>
    <message>
        <source>the team “%1” belongs to the unit “%2”, not to “%3”</source>
        <translation>la cuadrilla «%1» pertenece a la unidad «%2», no a «%3»</translation>
    </message>
</context>
<context>
    <name>fd::Import</name>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Service areas</source>
        <translation>Zonas de servicio</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Cuadrillas</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Técnicos</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipamiento</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>%1. Nothing was imported.</source>
        <translation>%1. No se importó nada.</translation>
    </message>
    <message>
        <source>%1 (and %2 more problems). Nothing was imported.</source>
        <translation>%1 (y %2 problemas más). No se importó nada.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>El archivo «%1» no existe.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a CSV file.</source>
        <translation>«%1» es una carpeta, no un archivo CSV.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>has %1 fields; the header has %2</source>
        <translation>tiene %1 campos; el encabezado tiene %2</translation>
    </message>
</context>
<context>
    <name>fd::Resource</name>
    <message>
        <source>Fusion splicers</source>
        <translation>Empalmadoras de fusión</translation>
    </message>
    <message>
        <source>FTTH tool kits</source>
        <translation>Kits de herramientas FTTH</translation>
    </message>
    <message>
        <source>Special vehicles</source>
        <translation>Vehículos especiales</translation>
    </message>
    <message>
        <source>Four-wheel vehicles</source>
        <translation>Vehículos 4×4</translation>
    </message>
    <message>
        <source>Ladders</source>
        <translation>Escaleras</translation>
    </message>
    <message>
        <source>Electric drills</source>
        <translation>Taladros eléctricos</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Técnicos</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Cuadrillas</translation>
    </message>
</context>
<context>
    <name>fd::Role</name>
    <message>
        <source>Dispatcher</source>
        <translation>Despachador</translation>
    </message>
    <message>
        <source>Callback agent</source>
        <translation>Agente de rellamada</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
</context>
<context>
    <name>fd::RuleService</name>
    <message>
        <source>“%1” is not a time zone this system knows.</source>
        <translation>«%1» no es una zona horaria que este sistema conozca.</translation>
    </message>
</context>
<context>
    <name>fd::Rules</name>
    <message>
        <source>Allocation (SPEC §3)</source>
        <translation>Dotación (SPEC §3)</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Fusion splicers every unit needs</source>
        <translation>Empalmadoras de fusión que necesita toda unidad</translation>
    </message>
    <message>
        <source>Subscribers per additional fusion splicer</source>
        <translation>Abonados por cada empalmadora adicional</translation>
    </message>
    <message>
        <source>Special vehicles every unit needs</source>
        <translation>Vehículos especiales que necesita toda unidad</translation>
    </message>
    <message>
        <source>Four-wheel vehicle required above this many subscribers</source>
        <translation>Se exige vehículo 4×4 por encima de estos abonados</translation>
    </message>
    <message>
        <source>Four-wheel vehicles required above that threshold</source>
        <translation>Vehículos 4×4 exigidos por encima de ese umbral</translation>
    </message>
    <message>
        <source>Ladders per team</source>
        <translation>Escaleras por cuadrilla</translation>
    </message>
    <message>
        <source>Electric drills per team</source>
        <translation>Taladros eléctricos por cuadrilla</translation>
    </message>
    <message>
        <source>Subscribers per active technician</source>
        <translation>Abonados por técnico activo</translation>
    </message>
    <message>
        <source>Minimum active technicians per team</source>
        <translation>Técnicos activos mínimos por cuadrilla</translation>
    </message>
    <message>
        <source>Subscribers per team</source>
        <translation>Abonados por cuadrilla</translation>
    </message>
    <message>
        <source>Qualification pass mark (0–100)</source>
        <translation>Nota mínima de homologación (0–100)</translation>
    </message>
    <message>
        <source>Days a terminated unit has to rectify</source>
        <translation>Días que tiene una unidad rescindida para subsanar</translation>
    </message>
    <message>
        <source>There is no rule named “%1”.</source>
        <translation>No existe ninguna regla llamada «%1».</translation>
    </message>
    <message>
        <source>“%1” must lie between %2 and %3.</source>
        <translation>«%1» debe estar entre %2 y %3.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number.</source>
        <translation>«%1» debe ser un número entero.</translation>
    </message>
    <message>
        <source>There is no rule version %1.</source>
        <translation>No existe la versión de reglas %1.</translation>
    </message>
</context>
<context>
    <name>fd::TeamService</name>
    <message>
        <source>there is no unit “%1”</source>
        <translation>no existe la unidad «%1»</translation>
    </message>
    <message>
        <source>there is no area “%1”</source>
        <translation>no existe la zona «%1»</translation>
    </message>
    <message>
        <source>the area “%1” is served by the unit “%2”, not by “%3”</source>
        <translation>la zona «%1» la atiende la unidad «%2», no «%3»</translation>
    </message>
    <message>
        <source>There is no team “%1”.</source>
        <translation>No existe la cuadrilla «%1».</translation>
    </message>
</context>
<context>
    <name>fd::TechnicianService</name>
    <message>
        <source>there is no team “%1”</source>
        <translation>no existe la cuadrilla «%1»</translation>
    </message>
    <message>
        <source>There is no technician “%1”.</source>
        <translation>No existe el técnico «%1».</translation>
    </message>
</context>
<context>
    <name>fd::UnitService</name>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creada</translation>
    </message>
    <message>
        <source>Give a reason for changing a unit's status.</source>
        <translation>Indique el motivo del cambio de estado de la unidad.</translation>
    </message>
    <message>
        <source>There is no unit “%1”.</source>
        <translation>No existe la unidad «%1».</translation>
    </message>
    <message>
        <source>The unit “%1” is already %2.</source>
        <translation>La unidad «%1» ya está %2.</translation>
    </message>
    <message>
        <source>A terminated unit becomes active again only by passing a retraining assessment.</source>
        <translation>Una unidad rescindida solo vuelve a estar activa aprobando una recapacitación.</translation>
    </message>
    <message>
        <source>A unit becomes active only by passing a qualification assessment.</source>
        <translation>Una unidad solo pasa a activa aprobando la homologación.</translation>
    </message>
    <message>
        <source>Only a retired unit can be taken back as a candidate.</source>
        <translation>Solo una unidad retirada puede volver a ser candidata.</translation>
    </message>
</context>
<context>
    <name>fd::UnitStatus</name>
    <message>
        <source>Candidate</source>
        <translation>Candidata</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Rescindida</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirada</translation>
    </message>
</context>
</TS>