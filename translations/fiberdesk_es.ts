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
        <source>change the program&apos;s settings</source>
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
    <message>
        <source>view work orders</source>
        <translation>ver órdenes de trabajo</translation>
    </message>
    <message>
        <source>create, assign or update work orders</source>
        <translation>crear, asignar o actualizar órdenes de trabajo</translation>
    </message>
    <message>
        <source>exempt a work order from timeliness</source>
        <translation>eximir una orden del cómputo de puntualidad</translation>
    </message>
    <message>
        <source>view callbacks and complaints</source>
        <translation>ver llamadas de seguimiento y reclamos</translation>
    </message>
    <message>
        <source>record callback calls</source>
        <translation>registrar llamadas de seguimiento</translation>
    </message>
    <message>
        <source>register a complaint</source>
        <translation>registrar un reclamo</translation>
    </message>
    <message>
        <source>verify, reject or resolve a complaint</source>
        <translation>verificar, rechazar o resolver un reclamo</translation>
    </message>
    <message>
        <source>view evaluations</source>
        <translation>ver evaluaciones</translation>
    </message>
    <message>
        <source>enter machine-room scores or adjustments</source>
        <translation>ingresar notas de sala de equipos o ajustes</translation>
    </message>
    <message>
        <source>finalize a monthly evaluation</source>
        <translation>cerrar una evaluación mensual</translation>
    </message>
    <message>
        <source>reopen a finalized evaluation</source>
        <translation>reabrir una evaluación cerrada</translation>
    </message>
    <message>
        <source>browse the audit log</source>
        <translation>consultar el registro de auditoría</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>administrar usuarios</translation>
    </message>
    <message>
        <source>make or restore backups or change their settings</source>
        <translation>hacer o restaurar copias de seguridad ni cambiar su configuración</translation>
    </message>
    <message>
        <source>see the quality of the callback calls</source>
        <translation>ver la calidad de las llamadas de seguimiento</translation>
    </message>
    <message>
        <source>score callback calls</source>
        <translation>puntuar llamadas de seguimiento</translation>
    </message>
    <message>
        <source>view the compliance report</source>
        <translation>ver el informe de cumplimiento</translation>
    </message>
    <message>
        <source>file an appeal</source>
        <translation>presentar una apelación</translation>
    </message>
    <message>
        <source>decide an appeal</source>
        <translation>resolver una apelación</translation>
    </message>
    <message>
        <source>The unit representative “%1” is bound to no unit and may see none.</source>
        <translation>El representante de unidad “%1” no está vinculado a ninguna unidad y no puede ver ninguna.</translation>
    </message>
    <message>
        <source>The representative of %1 may see and act for that unit only, not for “%2”.</source>
        <translation>El representante de %1 solo puede ver y actuar por esa unidad, no por “%2”.</translation>
    </message>
</context>
<context>
    <name>fd::AdjustmentDialog</name>
    <message>
        <source>Adjustment of %1</source>
        <translation>Ajuste de %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 — %2&lt;/b&gt;, %3: total now %4</source>
        <translation>&lt;b&gt;%1 — %2&lt;/b&gt;, %3: total actual %4</translation>
    </message>
    <message>
        <source>Points added to (or, negative, taken from) the month&apos;s total, which stays between 0 and 100. The reason is shown to the unit in its report.</source>
        <translation>Puntos que se suman al total del mes (o, si son negativos, se restan); el total queda entre 0 y 100. El motivo aparece en el informe que recibe la unidad.</translation>
    </message>
    <message>
        <source>Points (±)</source>
        <translation>Puntos (±)</translation>
    </message>
    <message>
        <source>Why; required</source>
        <translation>Por qué; obligatorio</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Save adjustment</source>
        <translation>Guardar ajuste</translation>
    </message>
    <message>
        <source>Remove adjustment</source>
        <translation>Quitar ajuste</translation>
    </message>
</context>
<context>
    <name>fd::Appeal</name>
    <message>
        <source>Late order</source>
        <translation>Orden tardía</translation>
    </message>
    <message>
        <source>Repeat fault</source>
        <translation>Falla repetida</translation>
    </message>
    <message>
        <source>Staff-caused complaint</source>
        <translation>Queja causada por el personal</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Desestimada</translation>
    </message>
</context>
<context>
    <name>fd::AppealDecideDialog</name>
    <message>
        <source>Uphold appeal %1</source>
        <translation>Aceptar la apelación %1</translation>
    </message>
    <message>
        <source>Dismiss appeal %1</source>
        <translation>Desestimar la apelación %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Appeal %1&lt;/b&gt;: %2 %3 of %4 in %5, filed by %6</source>
        <translation>&lt;b&gt;Apelación %1&lt;/b&gt;: %2 %3 de %4 en %5, presentada por %6</translation>
    </message>
    <message>
        <source>Grounds: %1</source>
        <translation>Fundamentos: %1</translation>
    </message>
    <message>
        <source>Upheld, the item no longer counts against the unit: in a draft month the figures change at once; a finalized month is marked for re-evaluation, and an admin reopens and finalizes it again.</source>
        <translation>Si se acepta, el elemento deja de contar en contra de la unidad: en un mes en borrador las cifras cambian de inmediato; un mes cerrado queda marcado para reevaluación, y un administrador lo reabre y lo vuelve a cerrar.</translation>
    </message>
    <message>
        <source>Dismissed, the item keeps counting and the month&apos;s figures stay as they are.</source>
        <translation>Si se desestima, el elemento sigue contando y las cifras del mes quedan como están.</translation>
    </message>
    <message>
        <source>Why; the unit reads this, and it goes into the audit log</source>
        <translation>Por qué; la unidad lo lee y queda en la auditoría</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Uphold</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Desestimar</translation>
    </message>
</context>
<context>
    <name>fd::AppealFileDialog</name>
    <message>
        <source>Appeal %1 %2</source>
        <translation>Apelar: %1 %2</translation>
    </message>
    <message>
        <source>File an appeal</source>
        <translation>Presentar una apelación</translation>
    </message>
    <message>
        <source>An appeal asks that an item counted against the unit in a month should not count. An evaluator other than the one who files it upholds or dismisses it; upheld, the item leaves the month&apos;s figures (a finalized month is then evaluated again).</source>
        <translation>Una apelación pide que un elemento contado en contra de la unidad en un mes deje de contar. La acepta o desestima un evaluador distinto de quien la presenta; si se acepta, el elemento sale de las cifras del mes (un mes cerrado se evalúa de nuevo).</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The order number, or the complaint&apos;s number</source>
        <translation>El número de la orden o el de la queja</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unidad</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Elemento</translation>
    </message>
    <message>
        <source>&amp;Order or complaint</source>
        <translation>&amp;Orden o queja</translation>
    </message>
    <message>
        <source>What counted</source>
        <translation>Qué contó</translation>
    </message>
    <message>
        <source>Why the item should not count (required)</source>
        <translation>Por qué el elemento no debe contar (obligatorio)</translation>
    </message>
    <message>
        <source>&amp;Grounds</source>
        <translation>&amp;Fundamentos</translation>
    </message>
    <message>
        <source>File the appeal</source>
        <translation>Presentar la apelación</translation>
    </message>
</context>
<context>
    <name>fd::AppealModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not decided yet. Grounds: %1</source>
        <translation>Aún sin resolver. Fundamentos: %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Item contested</source>
        <translation>Elemento impugnado</translation>
    </message>
    <message>
        <source>Order or complaint</source>
        <translation>Orden o queja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Filed by, at</source>
        <translation>Presentada por, el</translation>
    </message>
    <message>
        <source>Decided by, at</source>
        <translation>Resuelta por, el</translation>
    </message>
    <message>
        <source>Reason of the decision</source>
        <translation>Motivo de la resolución</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
</context>
<context>
    <name>fd::AppealService</name>
    <message>
        <source>An appeal needs its grounds: say why the item should not count.</source>
        <translation>Una apelación necesita sus fundamentos: diga por qué el elemento no debe contar.</translation>
    </message>
    <message>
        <source>The grounds %1.</source>
        <translation>Los fundamentos %1.</translation>
    </message>
    <message>
        <source>An appeal names the month it contests.</source>
        <translation>Una apelación indica el mes que impugna.</translation>
    </message>
    <message>
        <source>There is no unit “%1”.</source>
        <translation>No existe la unidad “%1”.</translation>
    </message>
    <message>
        <source>%1 has not ended: its appeals may be filed from %2.</source>
        <translation>%1 no ha terminado: sus apelaciones pueden presentarse desde el %2.</translation>
    </message>
    <message>
        <source>The appeals of %1 closed on %2, %3 days after the month was finalized on %4.</source>
        <translation>Las apelaciones de %1 cerraron el %2, %3 días después de que el mes se cerrara el %4.</translation>
    </message>
    <message>
        <source>A complaint is named by its id, a whole number, not “%1”.</source>
        <translation>Una queja se indica por su id, un número entero, no “%1”.</translation>
    </message>
    <message>
        <source>There is no order “%1”.</source>
        <translation>No existe la orden “%1”.</translation>
    </message>
    <message>
        <source>%1 %2 is already contested (appeal %3, %4).</source>
        <translation>%1 %2 ya está impugnada (apelación %3, %4).</translation>
    </message>
    <message>
        <source>%1 %2 is not counted against %3 in %4, so there is nothing to appeal.</source>
        <translation>%1 %2 no cuenta en contra de %3 en %4, así que no hay nada que apelar.</translation>
    </message>
    <message>
        <source>A decision on an appeal needs its reason.</source>
        <translation>La resolución de una apelación necesita su motivo.</translation>
    </message>
    <message>
        <source>The reason %1.</source>
        <translation>El motivo %1.</translation>
    </message>
    <message>
        <source>There is no appeal %1.</source>
        <translation>No existe la apelación %1.</translation>
    </message>
    <message>
        <source>Appeal %1 was already decided: %2 by %3.</source>
        <translation>La apelación %1 ya fue resuelta: %2 por %3.</translation>
    </message>
    <message>
        <source>Appeal %1 was filed by %2: an evaluator other than its filer decides it.</source>
        <translation>La apelación %1 fue presentada por %2: la resuelve un evaluador distinto de quien la presentó.</translation>
    </message>
    <message>
        <source>Appeal %1 was decided by someone else meanwhile.</source>
        <translation>Mientras tanto, otra persona resolvió la apelación %1.</translation>
    </message>
</context>
<context>
    <name>fd::AppealsPage</name>
    <message>
        <source>Mon&amp;th</source>
        <translation>Me&amp;s</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>Todos los meses</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>File appeal…</source>
        <translation>Presentar apelación…</translation>
    </message>
    <message>
        <source>Uphold…</source>
        <translation>Aceptar…</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Desestimar…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>The appeals could not be read: %1</source>
        <translation>No se pudieron leer las apelaciones: %1</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Se muestran %1 de %2</translation>
    </message>
    <message>
        <source>No appeal has been filed for these months.</source>
        <translation>No se ha presentado ninguna apelación en estos meses.</translation>
    </message>
    <message>
        <source>Choose an appeal in the list to see its grounds and the evidence of the item beside it.</source>
        <translation>Elija una apelación de la lista para ver aquí sus fundamentos y las evidencias del elemento.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Appeal %1 — %2&lt;/b&gt;&lt;br&gt;%3 %4, counted against %5 in %6</source>
        <translation>&lt;b&gt;Apelación %1 — %2&lt;/b&gt;&lt;br&gt;%3 %4, contada en contra de %5 en %6</translation>
    </message>
    <message>
        <source>Grounds (filed by %1, %2): %3</source>
        <translation>Fundamentos (presentada por %1, %2): %3</translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <translation>Aún sin resolver.</translation>
    </message>
    <message>
        <source>%1 by %2, %3: %4</source>
        <translation>%1 por %2, %3: %4</translation>
    </message>
    <message>
        <source>The visit it came back after: order %1 (%2), completed %3, on the same account %4.</source>
        <translation>La visita tras la que volvió la falla: orden %1 (%2), completada el %3, en la misma cuenta %4.</translation>
    </message>
    <message>
        <source>The visit it came back after, on the same account %1, is not among the records of these two months.</source>
        <translation>La visita tras la que volvió la falla, en la misma cuenta %1, no está entre los registros de estos dos meses.</translation>
    </message>
    <message>
        <source>The evidence could not be read: %1</source>
        <translation>No se pudieron leer las evidencias: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt;: %1 %2 is not among the records of %3 in %4.</source>
        <translation>&lt;b&gt;Evidencias&lt;/b&gt;: %1 %2 no está entre los registros de %3 en %4.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt;: the repair counted as a repeat fault</source>
        <translation>&lt;b&gt;Evidencias&lt;/b&gt;: la reparación contada como falla repetida</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt;: the order&apos;s deadline and when it was met</source>
        <translation>&lt;b&gt;Evidencias&lt;/b&gt;: el plazo de la orden y cuándo se cumplió</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt;: the complaint and its verdict</source>
        <translation>&lt;b&gt;Evidencias&lt;/b&gt;: la queja y su dictamen</translation>
    </message>
    <message>
        <source>Status history of order %1</source>
        <translation>Historial de estados de la orden %1</translation>
    </message>
    <message>
        <source>The status history of order %1 could not be read: %2</source>
        <translation>No se pudo leer el historial de estados de la orden %1: %2</translation>
    </message>
    <message>
        <source>Contest an item counted against a unit in a month: a late order, a repeat fault or a staff-caused complaint (Ctrl+N)</source>
        <translation>Impugnar un elemento contado en contra de una unidad en un mes: una orden tardía, una falla repetida o una queja causada por el personal (Ctrl+N)</translation>
    </message>
    <message>
        <source>Your role (%1) may not file appeals.</source>
        <translation>Su rol (%1) no puede presentar apelaciones.</translation>
    </message>
    <message>
        <source>Your role (%1) may not decide appeals.</source>
        <translation>Su rol (%1) no puede resolver apelaciones.</translation>
    </message>
    <message>
        <source>Choose an open appeal in the list.</source>
        <translation>Elija una apelación abierta de la lista.</translation>
    </message>
    <message>
        <source>Appeal %1 was already decided: %2 by %3.</source>
        <translation>La apelación %1 ya fue resuelta: %2 por %3.</translation>
    </message>
    <message>
        <source>You filed appeal %1: an evaluator other than its filer decides it.</source>
        <translation>Usted presentó la apelación %1: la resuelve un evaluador distinto de quien la presentó.</translation>
    </message>
    <message>
        <source>The item no longer counts against the unit; a reason is required</source>
        <translation>El elemento deja de contar en contra de la unidad; hace falta un motivo</translation>
    </message>
    <message>
        <source>The item keeps counting; a reason is required</source>
        <translation>El elemento sigue contando; hace falta un motivo</translation>
    </message>
    <message>
        <source>Filed appeal %1 against %2 %3 of %4.</source>
        <translation>Se presentó la apelación %1 contra %2 %3 de %4.</translation>
    </message>
    <message>
        <source>Upheld appeal %1: %2 %3 no longer counts against %4.</source>
        <translation>Se aceptó la apelación %1: %2 %3 ya no cuenta en contra de %4.</translation>
    </message>
    <message>
        <source>Dismissed appeal %1: %2 %3 keeps counting against %4.</source>
        <translation>Se desestimó la apelación %1: %2 %3 sigue contando en contra de %4.</translation>
    </message>
</context>
<context>
    <name>fd::AreaDialog</name>
    <message>
        <source>Edit service area %1</source>
        <translation>Editar zona de servicio %1</translation>
    </message>
    <message>
        <source>New service area</source>
        <translation>Nueva zona de servicio</translation>
    </message>
    <message>
        <source> households</source>
        <translation> hogares</translation>
    </message>
    <message>
        <source>Served by unit</source>
        <translation>Atendida por la unidad</translation>
    </message>
    <message>
        <source>Broadband subscribers</source>
        <translation>Abonados de banda ancha</translation>
    </message>
    <message>
        <source>Moving an area to another unit takes it off the teams of the unit that served it before.</source>
        <translation>Pasar una zona a otra unidad la quita de las cuadrillas de la unidad que la atendía.</translation>
    </message>
</context>
<context>
    <name>fd::AreaModel</name>
    <message>
        <source>No active team covers this area: the unit falls short of the allocation rules.</source>
        <translation>Ninguna cuadrilla activa cubre esta zona: la unidad no cumple las reglas de dotación.</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>sin cuadrilla</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Served by unit</source>
        <translation>Atendida por la unidad</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Abonados</translation>
    </message>
    <message>
        <source>Covered by teams</source>
        <translation>Cubierta por las cuadrillas</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
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
    <name>fd::AreasTab</name>
    <message>
        <source>Search code, name, unit, team (Ctrl+F)</source>
        <translation>Buscar código, nombre, unidad, cuadrilla (Ctrl+F)</translation>
    </message>
    <message>
        <source>Service areas</source>
        <translation>Zonas de servicio</translation>
    </message>
    <message>
        <source>Saved the new service area.</source>
        <translation>Se guardó la nueva zona de servicio.</translation>
    </message>
    <message>
        <source>Saved service area %1.</source>
        <translation>Se guardó la zona de servicio %1.</translation>
    </message>
</context>
<context>
    <name>fd::AssessmentDialog</name>
    <message>
        <source>Record assessment</source>
        <translation>Registrar evaluación</translation>
    </message>
    <message>
        <source>The unit passed the retraining</source>
        <translation>La unidad aprobó la recapacitación</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>Nota (0–100)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>A passed qualification makes a candidate unit active. A passed retraining reinstates a terminated unit from the assessment&apos;s date.</source>
        <translation>Una homologación aprobada activa a una unidad candidata. Una recapacitación aprobada restituye a una unidad rescindida desde la fecha de la evaluación.</translation>
    </message>
    <message>
        <source>Passed — the pass mark is %1</source>
        <translation>Aprobado — el mínimo es %1</translation>
    </message>
    <message>
        <source>Failed — the pass mark is %1</source>
        <translation>Suspenso — el mínimo es %1</translation>
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
    <name>fd::AssessmentModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
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
        <source>Notes</source>
        <translation>Notas</translation>
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
    <name>fd::AssessmentsTab</name>
    <message>
        <source>Record assessment…</source>
        <translation>Registrar evaluación…</translation>
    </message>
    <message>
        <source>Search unit, kind, assessor, notes (Ctrl+F)</source>
        <translation>Buscar unidad, tipo, evaluador, notas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Recorded the assessment.</source>
        <translation>Se registró la evaluación.</translation>
    </message>
</context>
<context>
    <name>fd::AssignDialog</name>
    <message>
        <source>Assign order %1</source>
        <translation>Asignar la orden %1</translation>
    </message>
    <message>
        <source>Reassign order %1</source>
        <translation>Reasignar la orden %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 · %3&lt;br&gt;%4 · area &lt;b&gt;%5&lt;/b&gt; %6 · deadline %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 · %3&lt;br&gt;%4 · zona &lt;b&gt;%5&lt;/b&gt; %6 · plazo %7</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Cuadrilla</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Covers the area</source>
        <translation>Cubre la zona</translation>
    </message>
    <message>
        <source>Orders in hand</source>
        <translation>Órdenes en curso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Technician</source>
        <translation>&amp;Técnico</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Unit may not take new orders</source>
        <translation>La unidad no puede recibir órdenes nuevas</translation>
    </message>
    <message>
        <source>⚠ Unit falls short of the allocation rules</source>
        <translation>⚠ La unidad no cumple las reglas de dotación</translation>
    </message>
    <message>
        <source>Any technician of the team</source>
        <translation>Cualquier técnico de la cuadrilla</translation>
    </message>
    <message>
        <source>Choose a team whose unit may take the order.</source>
        <translation>Elija una cuadrilla cuya unidad pueda recibir la orden.</translation>
    </message>
</context>
<context>
    <name>fd::Audit</name>
    <message>
        <source>Unit status changed</source>
        <translation>Cambio de estado de la unidad</translation>
    </message>
    <message>
        <source>Rules changed</source>
        <translation>Cambio de reglas</translation>
    </message>
    <message>
        <source>Time zone changed</source>
        <translation>Cambio de zona horaria</translation>
    </message>
    <message>
        <source>Order assigned</source>
        <translation>Orden asignada</translation>
    </message>
    <message>
        <source>Order exemption</source>
        <translation>Exención de orden</translation>
    </message>
    <message>
        <source>Complaint verdict</source>
        <translation>Dictamen de reclamo</translation>
    </message>
    <message>
        <source>Complaint resolved</source>
        <translation>Reclamo resuelto</translation>
    </message>
    <message>
        <source>Evaluation finalized</source>
        <translation>Evaluación cerrada</translation>
    </message>
    <message>
        <source>Evaluation reopened</source>
        <translation>Evaluación reabierta</translation>
    </message>
    <message>
        <source>Machine-room score</source>
        <translation>Puntaje de sala de equipos</translation>
    </message>
    <message>
        <source>Score adjustment</source>
        <translation>Ajuste de puntaje</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Usuario creado</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Usuario modificado</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Contraseña establecida</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Órdenes de trabajo</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Reclamos</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Holiday saved</source>
        <translation>Feriado guardado</translation>
    </message>
</context>
<context>
    <name>fd::AuditChain</name>
    <message>
        <source>Audit entry #%1 does not follow the entry before it: an entry before it was deleted or moved outside FiberDesk.</source>
        <translation>La entrada de auditoría n.º %1 no sigue a la anterior: una entrada anterior se borró o se movió fuera de FiberDesk.</translation>
    </message>
    <message>
        <source>Audit entry #%1 was changed outside FiberDesk: its contents no longer match its hash.</source>
        <translation>La entrada de auditoría n.º %1 se modificó fuera de FiberDesk: su contenido ya no coincide con su hash.</translation>
    </message>
    <message>
        <source>The audit log holds %1 entries but FiberDesk wrote %2: entries were deleted or added outside FiberDesk.</source>
        <translation>El registro de auditoría tiene %1 entradas pero FiberDesk escribió %2: se borraron o añadieron entradas fuera de FiberDesk.</translation>
    </message>
    <message>
        <source>The newest audit entry is not the one FiberDesk wrote last: it was replaced outside FiberDesk.</source>
        <translation>La entrada de auditoría más reciente no es la última que escribió FiberDesk: se reemplazó fuera de FiberDesk.</translation>
    </message>
    <message>
        <source>The audit log holds %1 entries, but it held %2 when the anchor was taken: entries were deleted or the log was emptied outside FiberDesk.</source>
        <translation>El registro de auditoría tiene %1 entradas, pero tenía %2 cuando se tomó el ancla: se borraron entradas o se vació el registro fuera de FiberDesk.</translation>
    </message>
    <message>
        <source>Audit entry %1 in order (#%2) is not the one the anchor names: the chain was rewritten outside FiberDesk.</source>
        <translation>La entrada de auditoría %1 en orden (n.º %2) no es la que nombra el ancla: la cadena se reescribió fuera de FiberDesk.</translation>
    </message>
    <message>
        <source>The audit log no longer holds the entry the anchor names: the chain was rewritten or cut outside FiberDesk.</source>
        <translation>El registro de auditoría ya no contiene la entrada que nombra el ancla: la cadena se reescribió o se recortó fuera de FiberDesk.</translation>
    </message>
</context>
<context>
    <name>fd::AuditModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>fd::AuditPage</name>
    <message>
        <source>Every record</source>
        <translation>Todos los registros</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nombre de usuario</translation>
    </message>
    <message>
        <source>Record or value, e.g. U03 (Ctrl+F)</source>
        <translation>Registro o valor, p. ej. U03 (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Quién</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Check the chain</source>
        <translation>Comprobar la cadena</translation>
    </message>
    <message>
        <source>Every entry carries the hash of the one before it: an entry changed or deleted outside FiberDesk breaks the chain.</source>
        <translation>Cada entrada lleva el hash de la anterior: una entrada modificada o borrada fuera de FiberDesk rompe la cadena.</translation>
    </message>
    <message>
        <source>The newest %1 matching entries; narrow the filters to see older ones.</source>
        <translation>Las %1 entradas más recientes que coinciden; afine los filtros para ver las anteriores.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching entries, newest first.</source>
        <translation>
            <numerusform>%Ln entrada coincide, la más reciente primero.</numerusform>
            <numerusform>%Ln entradas coinciden, las más recientes primero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %Ln entries, each chained to the one before.</source>
        <translation>
            <numerusform>La cadena está intacta: %Ln entrada, encadenada a la anterior.</numerusform>
            <numerusform>La cadena está intacta: %Ln entradas, cada una encadenada a la anterior.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Desde</translation>
    </message>
</context>
<context>
    <name>fd::AuditSeal</name>
    <message>
        <source>Audit entry #%1 holds a seal FiberDesk cannot read.</source>
        <translation>La entrada de auditoría n.º %1 tiene un sello que FiberDesk no puede leer.</translation>
    </message>
    <message>
        <source>The status history of unit %1 (%2) was changed outside FiberDesk: it no longer matches audit entry #%3.</source>
        <translation>El historial de estados de la unidad %1 (%2) se cambió fuera de FiberDesk: ya no coincide con la entrada de auditoría n.º %3.</translation>
    </message>
    <message>
        <source>The finalized evaluation of %1 for %2 that audit entry #%3 seals is gone: it was deleted outside FiberDesk.</source>
        <translation>La evaluación cerrada de %1 para %2 que sella la entrada de auditoría n.º %3 ya no existe: se borró fuera de FiberDesk.</translation>
    </message>
    <message>
        <source>The evaluation of %1 for %2 was changed outside FiberDesk: its figures, counts, rule version, evidence or status change no longer match the seal in audit entry #%3.</source>
        <translation>La evaluación de %1 para %2 se cambió fuera de FiberDesk: sus cifras, recuentos, versión de reglas, evidencia o cambio de estado ya no coinciden con el sello de la entrada de auditoría n.º %3.</translation>
    </message>
    <message>
        <source>The evaluation of %1 for %2 is final, but it was reopened after audit entry #%3 sealed it: it was changed outside FiberDesk.</source>
        <translation>La evaluación de %1 para %2 figura como cerrada, pero se reabrió después de que la entrada de auditoría n.º %3 la sellara: se cambió fuera de FiberDesk.</translation>
    </message>
    <message>
        <source>The evaluation of %1 for %2 reads as reopened, but the audit log holds no reopening after entry #%3: it was changed outside FiberDesk.</source>
        <translation>La evaluación de %1 para %2 figura como reabierta, pero el registro de auditoría no tiene ninguna reapertura después de la entrada n.º %3: se cambió fuera de FiberDesk.</translation>
    </message>
    <message>
        <source>The finalized evaluation of %1 for %2 has no seal in the audit log: it was added outside FiberDesk, or audit entries were deleted.</source>
        <translation>La evaluación cerrada de %1 para %2 no tiene sello en el registro de auditoría: se añadió fuera de FiberDesk, o se borraron entradas de auditoría.</translation>
    </message>
    <message>
        <source>A status change of unit %1 dated %2 has no entry in the audit log: it was added outside FiberDesk, or audit entries were deleted.</source>
        <translation>Un cambio de estado de la unidad %1 con fecha %2 no tiene entrada en el registro de auditoría: se añadió fuera de FiberDesk, o se borraron entradas de auditoría.</translation>
    </message>
    <message>
        <source>Unit %1 is %2, but the audit log holds no change of its status: it was changed outside FiberDesk, or audit entries were deleted.</source>
        <translation>La unidad %1 está en estado %2, pero el registro de auditoría no tiene ningún cambio de su estado: se cambió fuera de FiberDesk, o se borraron entradas de auditoría.</translation>
    </message>
    <message>
        <source>The status of unit %1 was changed outside FiberDesk: it is %2 now, not what audit entry #%3 (%4) left it.</source>
        <translation>El estado de la unidad %1 se cambió fuera de FiberDesk: ahora es %2, no lo que dejó la entrada de auditoría n.º %3 (%4).</translation>
    </message>
</context>
<context>
    <name>fd::AuditService</name>
    <message>
        <source>“%1” is no audit head: give it as a report or backup prints it, ENTRIES:HASH.</source>
        <translation>«%1» no es una cabeza de auditoría: indíquela como la imprime un informe o una copia de seguridad, ENTRADAS:HASH.</translation>
    </message>
</context>
<context>
    <name>fd::Backup</name>
    <message>
        <source>Backups are made of a FiberDesk database file; a PostgreSQL database is backed up on its server (pg_dump).</source>
        <translation>Las copias de seguridad se hacen de un archivo de base de datos de FiberDesk; una base de datos PostgreSQL se respalda en su servidor (pg_dump).</translation>
    </message>
    <message>
        <source>“%1” is the database itself; a backup must go to another file.</source>
        <translation>«%1» es la propia base de datos; la copia de seguridad debe ir a otro archivo.</translation>
    </message>
    <message>
        <source>“%1” is a folder; name the backup file, for example “%2”.</source>
        <translation>«%1» es una carpeta; indique el archivo de la copia, por ejemplo «%2».</translation>
    </message>
    <message>
        <source>“%1” exists and is not a FiberDesk database; it was left untouched. Name another file for the backup.</source>
        <translation>«%1» ya existe y no es una base de datos de FiberDesk; no se ha tocado. Indique otro archivo para la copia.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>La carpeta «%1» no existe.</translation>
    </message>
    <message>
        <source>A backup cannot be made in the middle of a change.</source>
        <translation>No se puede hacer una copia de seguridad en medio de un cambio.</translation>
    </message>
    <message>
        <source>Daily backups are kept from 0 (no automatic backups) to %1 days.</source>
        <translation>Las copias diarias se conservan de 0 (sin copias automáticas) a %1 días.</translation>
    </message>
    <message>
        <source>Today&apos;s backup was not written: %1</source>
        <translation>No se escribió la copia de seguridad de hoy: %1</translation>
    </message>
    <message>
        <source>Cannot copy “%1” to “%2”: %3</source>
        <translation>No se puede copiar «%1» en «%2»: %3</translation>
    </message>
    <message>
        <source>%1 Nothing was restored.</source>
        <translation>%1 No se restauró nada.</translation>
    </message>
    <message>
        <source>“%1” is the database itself, not a backup of it.</source>
        <translation>«%1» es la propia base de datos, no una copia de seguridad de ella.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>No se puede crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2).</source>
        <translation>«%1» está dañado (%2).</translation>
    </message>
    <message>
        <source>The database as it is could not be kept aside: %1</source>
        <translation>No se pudo apartar una copia de la base de datos tal como está: %1</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>No se puede abrir «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1” to the disk: %2</source>
        <translation>No se puede escribir «%1» en el disco: %2</translation>
    </message>
    <message>
        <source>Cannot rename “%1” to “%2”: %3</source>
        <translation>No se puede renombrar «%1» como «%2»: %3</translation>
    </message>
    <message>
        <source>Cannot write the backup “%1”: %2</source>
        <translation>No se puede escribir la copia de seguridad «%1»: %2</translation>
    </message>
    <message>
        <source>the database is damaged (%1); restore an earlier backup rather than copy it</source>
        <translation>la base de datos está dañada (%1); restaure una copia anterior en lugar de copiarla</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>No existe el archivo «%1».</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>«%1» es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a device or a pipe).</source>
        <translation>«%1» no es un archivo normal (es un dispositivo o una tubería).</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>«%1» no se puede leer.</translation>
    </message>
    <message>
        <source>“%1” is empty; it is not a FiberDesk database.</source>
        <translation>«%1» está vacío; no es una base de datos de FiberDesk.</translation>
    </message>
    <message>
        <source>“%1” is not a FiberDesk database: it is not an SQLite database file.</source>
        <translation>«%1» no es una base de datos de FiberDesk: no es un archivo de base de datos SQLite.</translation>
    </message>
    <message>
        <source>“%1” is not a FiberDesk database: it is an SQLite database of another program.</source>
        <translation>«%1» no es una base de datos de FiberDesk: es una base de datos SQLite de otro programa.</translation>
    </message>
    <message>
        <source>“%1” is not a FiberDesk database (%2).</source>
        <translation>«%1» no es una base de datos de FiberDesk (%2).</translation>
    </message>
    <message>
        <source>“%1” has no readable schema version.</source>
        <translation>«%1» no tiene una versión de esquema legible.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer FiberDesk (schema version %2; this program knows versions up to %3). Update FiberDesk to use it.</source>
        <translation>«%1» fue escrito por un FiberDesk más reciente (versión de esquema %2; este programa conoce versiones hasta la %3). Actualice FiberDesk para usarlo.</translation>
    </message>
    <message>
        <source>“%1” is a symbolic link; it was left untouched. Name the backup file itself.</source>
        <translation>«%1» es un enlace simbólico; no se ha tocado. Indique el archivo de la copia en sí.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” exists and is not a folder; backups need a folder there.</source>
        <translation>«%1» existe y no es una carpeta; las copias necesitan una carpeta ahí.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”: %2</source>
        <translation>No se puede crear la carpeta «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is not a compressed FiberDesk backup.</source>
        <translation>«%1» no es una copia de seguridad comprimida de FiberDesk.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>longer than its metadata says</source>
        <translation>más largo de lo que dicen sus metadatos</translation>
    </message>
    <message>
        <source>it ends in the middle of the data</source>
        <translation>termina en medio de los datos</translation>
    </message>
    <message>
        <source>shorter than its metadata says</source>
        <translation>más corto de lo que dicen sus metadatos</translation>
    </message>
    <message>
        <source>Cannot make “%1” private.</source>
        <translation>No se puede hacer privado «%1».</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabla</translation>
    </message>
    <message>
        <source>index</source>
        <translation>índice</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>disparador</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vista</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder to check the backup&apos;s schema.</source>
        <translation>No se puede crear una carpeta temporal para comprobar el esquema de la copia.</translation>
    </message>
    <message>
        <source>%1 “%2” changed</source>
        <translation>%1 «%2» modificado</translation>
    </message>
    <message>
        <source>%1 “%2” added</source>
        <translation>%1 «%2» añadido</translation>
    </message>
    <message>
        <source>%1 “%2” missing</source>
        <translation>falta %1 «%2»</translation>
    </message>
    <message>
        <source>; differences in all: %1</source>
        <translation>; diferencias en total: %1</translation>
    </message>
    <message>
        <source>“%1” does not have FiberDesk&apos;s own schema (version %2): %3. A backup with objects FiberDesk did not create (a trigger, a view, a table) is not restored.</source>
        <translation>«%1» no tiene el esquema propio de FiberDesk (versión %2): %3. Una copia con objetos que FiberDesk no creó (un disparador, una vista, una tabla) no se restaura.</translation>
    </message>
    <message>
        <source>“%1” does not hold a usable FiberDesk database: %2</source>
        <translation>«%1» no contiene una base de datos de FiberDesk utilizable: %2</translation>
    </message>
</context>
<context>
    <name>fd::BoardFilterBar</name>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Open work</source>
        <translation>Trabajo abierto</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Todas las órdenes</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completadas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unidad</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>Cuadri&amp;lla</translation>
    </message>
    <message>
        <source>A&amp;rea</source>
        <translation>&amp;Zona</translation>
    </message>
    <message>
        <source>Orders whose deadline falls today and whose visit is still to happen</source>
        <translation>Órdenes cuyo plazo vence hoy y cuya visita aún no se ha hecho</translation>
    </message>
    <message>
        <source>Due t&amp;oday</source>
        <translation>Vence &amp;hoy</translation>
    </message>
    <message>
        <source>Name, address, number, phone (Ctrl+F)</source>
        <translation>Nombre, dirección, número, teléfono (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>fd::BoardModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En plazo</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Vence pronto</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>met, %1 to spare</source>
        <translation>cumplida, con %1 de margen</translation>
    </message>
    <message>
        <source>met %1 late</source>
        <translation>cumplida con %1 de retraso</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>vencida hace %1</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>hoy %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>ayer %1</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>mañana %1</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exenta</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
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
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>no eligible team</source>
        <translation>ninguna cuadrilla puede</translation>
    </message>
    <message>
        <source>No active team of an active unit covers the area %1: no team can take this order until one does.</source>
        <translation>Ninguna cuadrilla activa de una unidad activa cubre la zona %1: ninguna cuadrilla puede tomar esta orden hasta que alguna la cubra.</translation>
    </message>
    <message>
        <source>Stuck on site</source>
        <translation>Atascada en sitio</translation>
    </message>
    <message>
        <source>On site since %1 (%2), longer than the %3 an order may stay; %4: %5</source>
        <translation>En sitio desde %1 (%2), más que las %3 que puede durar una orden; %4: %5</translation>
    </message>
</context>
<context>
    <name>fd::BoardService</name>
    <message>
        <source>Type at least %1 characters to search all orders (any length searches open ones).</source>
        <translation>Escriba al menos %1 caracteres para buscar en todas las órdenes (las abiertas se buscan con cualquier longitud).</translation>
    </message>
    <message>
        <source>Give the text to search for (part of a name, number or phone).</source>
        <translation>Indique el texto que desea buscar (parte de un nombre, número o teléfono).</translation>
    </message>
    <message>
        <source>The number of orders to list must be at least 1.</source>
        <translation>El número de órdenes que se listan debe ser al menos 1.</translation>
    </message>
</context>
<context>
    <name>fd::BulletinModel</name>
    <message>
        <source>All units</source>
        <translation>Todas las unidades</translation>
    </message>
    <message>
        <source>Orders whose deadline fell on the day and was missed, or has passed unmet</source>
        <translation>Órdenes cuyo plazo vencía ese día y no se cumplió, o ya pasó sin cumplirse</translation>
    </message>
    <message>
        <source>Callbacks concluded on the day: the customer reached, or unreachable</source>
        <translation>Llamadas de seguimiento cerradas ese día: cliente contactado o inubicable</translation>
    </message>
    <message>
        <source>Complaints verified on the day (rejections do not count)</source>
        <translation>Reclamos verificados ese día (los rechazados no cuentan)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Orders received</source>
        <translation>Órdenes recibidas</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminadas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Callbacks done</source>
        <translation>Llamadas hechas</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>Reclamos recibidos</translation>
    </message>
    <message>
        <source>Complaints verified</source>
        <translation>Reclamos verificados</translation>
    </message>
</context>
<context>
    <name>fd::BulletinService</name>
    <message>
        <source>Name the day of the bulletin.</source>
        <translation>Indique el día del boletín.</translation>
    </message>
</context>
<context>
    <name>fd::BulletinTab</name>
    <message>
        <source>Bulletin of</source>
        <translation>Boletín del</translation>
    </message>
    <message>
        <source>◀ Day before</source>
        <translation>◀ Día anterior</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Days are the operator&apos;s calendar days. Overdue: orders whose deadline fell on the day and was missed. Callbacks done: reached or unreachable that day. Verified: complaints verified that day, rejections not counted.</source>
        <translation>Los días son días naturales en la zona horaria del operador. Vencidas: órdenes cuyo plazo vencía ese día y no se cumplió. Llamadas hechas: contactadas o inubicables ese día. Verificados: reclamos verificados ese día, sin contar los rechazados.</translation>
    </message>
    <message>
        <source>%1 orders received, %2 completed, %3 overdue · %4 callbacks done · %5 complaints received, %6 verified</source>
        <translation>%1 órdenes recibidas, %2 terminadas, %3 vencidas · %4 llamadas hechas · %5 reclamos recibidos, %6 verificados</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>The day&apos;s bulletin as PDF, Excel workbook or CSV</source>
        <translation>El boletín del día en PDF, libro de Excel o CSV</translation>
    </message>
    <message>
        <source>Export the bulletin of %1</source>
        <translation>Exportar el boletín del %1</translation>
    </message>
</context>
<context>
    <name>fd::CallPanel</name>
    <message>
        <source>Select the number to copy it</source>
        <translation>Seleccione el número para copiarlo</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>The customer&apos;s words (Tab to get here, Esc to go back)</source>
        <translation>Las palabras del cliente (Tab para llegar, Esc para volver)</translation>
    </message>
    <message>
        <source>Complaint [K]</source>
        <translation>Reclamo [K]</translation>
    </message>
    <message>
        <source>The customer makes a complaint: it is registered with the call, linked to the order</source>
        <translation>El cliente presenta un reclamo: se registra con la llamada, vinculado a la orden</translation>
    </message>
    <message>
        <source>The complaint; left empty, the comment</source>
        <translation>El reclamo; si queda vacío, el comentario</translation>
    </message>
    <message>
        <source>Reached — save the answers</source>
        <translation>Contactado — guardar las respuestas</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Not reached:</source>
        <translation>No contactado:</translation>
    </message>
    <message>
        <source>No call to make now.</source>
        <translation>No hay llamadas pendientes por ahora.</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>sin número de teléfono</translation>
    </message>
    <message>
        <source>Order %1 · %2 · completed %3</source>
        <translation>Orden %1 · %2 · terminada el %3</translation>
    </message>
    <message>
        <source>Technician %1</source>
        <translation>Técnico %1</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>cuadrilla %1</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>unidad %1</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Reached at %1 — the answers below are recorded.</source>
        <translation>Contactado el %1 — las respuestas de abajo están registradas.</translation>
    </message>
    <message>
        <source>Unreachable (calls made: %1).</source>
        <translation>Inubicable (llamadas hechas: %1).</translation>
    </message>
    <message>
        <source>First call (of %1 at most).</source>
        <translation>Primera llamada (de %1 como máximo).</translation>
    </message>
    <message>
        <source>Call %1 of %2.</source>
        <translation>Llamada %1 de %2.</translation>
    </message>
    <message>
        <source>The retry is due at %1.</source>
        <translation>El reintento corresponde a las %1.</translation>
    </message>
    <message>
        <source>Earlier: %1.</source>
        <translation>Antes: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Type the satisfaction score (0–10) before saving.</source>
        <translation>Escriba la nota de satisfacción (0–10) antes de guardar.</translation>
    </message>
    <message>
        <source>Answer question %1 (%2) before saving.</source>
        <translation>Responda la pregunta %1 (%2) antes de guardar.</translation>
    </message>
    <message>
        <source>Category…</source>
        <translation>Categoría…</translation>
    </message>
    <message>
        <source>Correct this call</source>
        <translation>Corregir esta llamada</translation>
    </message>
    <message>
        <source>Complaint %1 registered with this call: %2, “%3” (%4).</source>
        <translation>Reclamo %1 registrado con esta llamada: %2, «%3» (%4).</translation>
    </message>
    <message>
        <source>It can be corrected until %1; the correction is kept in the audit log.</source>
        <translation>Se puede corregir hasta las %1; la corrección queda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Guardar la corrección</translation>
    </message>
    <message>
        <source>Choose the complaint&apos;s category before saving.</source>
        <translation>Elija la categoría del reclamo antes de guardar.</translation>
    </message>
</context>
<context>
    <name>fd::CallScriptWidget</name>
    <message>
        <source>promoter</source>
        <translation>promotor</translation>
    </message>
    <message>
        <source>passive</source>
        <translation>pasivo</translation>
    </message>
    <message>
        <source>detractor</source>
        <translation>detractor</translation>
    </message>
    <message>
        <source>Satisfaction 0–10 [type the digits]</source>
        <translation>Satisfacción 0–10 [escriba los dígitos]</translation>
    </message>
    <message>
        <source>The customer commends the technician [C]</source>
        <translation>El cliente felicita al técnico [C]</translation>
    </message>
    <message>
        <source>Y</source>
        <comment>the key that answers yes: the initial of Yes</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>N</source>
        <comment>the key that answers no: the initial of No</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>Yes [%1]</source>
        <translation>Sí [%1]</translation>
    </message>
    <message>
        <source>No [%1]</source>
        <translation>No [%1]</translation>
    </message>
</context>
<context>
    <name>fd::CallbackImporter</name>
    <message>
        <source>is filled in, but the call did not reach the customer</source>
        <translation>está lleno, pero la llamada no llegó al cliente</translation>
    </message>
    <message>
        <source>must be a score from 0 to 10</source>
        <translation>debe ser una nota de 0 a 10</translation>
    </message>
    <message>
        <source>there is no order “%1”</source>
        <translation>no existe la orden «%1»</translation>
    </message>
    <message>
        <source>the order %1 is %2; only completed orders are called back</source>
        <translation>la orden %1 está en estado %2; solo se llama por órdenes terminadas</translation>
    </message>
</context>
<context>
    <name>fd::CallbackOutcome</name>
    <message>
        <source>Reached</source>
        <translation>Contactado</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No contesta</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Número equivocado</translation>
    </message>
    <message>
        <source>Refused to answer</source>
        <translation>Se negó a responder</translation>
    </message>
</context>
<context>
    <name>fd::CallbackQuestion</name>
    <message>
        <source>On time</source>
        <translation>Puntual</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>Uniforme</translation>
    </message>
    <message>
        <source>Standard service</source>
        <translation>Servicio estándar</translation>
    </message>
    <message>
        <source>Tested</source>
        <translation>Probado</translation>
    </message>
    <message>
        <source>Site cleaned</source>
        <translation>Sitio limpio</translation>
    </message>
</context>
<context>
    <name>fd::CallbackQueueModel</name>
    <message>
        <source>Retry %1</source>
        <translation>Reintento %1</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>Volver a llamar</translation>
    </message>
    <message>
        <source>Completed %1</source>
        <translation>Terminada el %1</translation>
    </message>
    <message>
        <source>Technician: %1</source>
        <translation>Técnico: %1</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>Unidad %1</translation>
    </message>
    <message>
        <source>Satisfaction %1 of 10, %2 of 6 questions answered yes</source>
        <translation>Satisfacción %1 de 10, %2 de 6 preguntas respondidas con sí</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
</context>
<context>
    <name>fd::CallbackScript</name>
    <message>
        <source>Did our technician arrive at the time we agreed with you?</source>
        <translation>¿Nuestro técnico llegó a la hora que acordamos con usted?</translation>
    </message>
    <message>
        <source>Did we call you to agree the appointment before the visit?</source>
        <translation>¿Lo llamamos para acordar la cita antes de la visita?</translation>
    </message>
    <message>
        <source>Did the technician wear the company uniform and an ID badge?</source>
        <translation>¿El técnico llevaba el uniforme de la empresa y su credencial?</translation>
    </message>
    <message>
        <source>Did the technician show the work permit and order, use shoe covers and ask where to install?</source>
        <translation>¿El técnico mostró el permiso de trabajo y la orden, usó cubrezapatos y le preguntó dónde instalar?</translation>
    </message>
    <message>
        <source>Did the technician test the service and show you it works?</source>
        <translation>¿El técnico probó el servicio y le mostró que funciona?</translation>
    </message>
    <message>
        <source>Did the technician leave the place clean?</source>
        <translation>¿El técnico dejó el lugar limpio?</translation>
    </message>
    <message>
        <source>Did the technician show the work permit and order and use shoe covers?</source>
        <translation>¿El técnico mostró el permiso de trabajo y la orden, y usó cubrezapatos?</translation>
    </message>
    <message>
        <source>Did the technician tell you what was disconnected and which equipment was taken back?</source>
        <translation>¿El técnico le explicó qué se desconectó y qué equipos se retiraron?</translation>
    </message>
</context>
<context>
    <name>fd::CallbackService</name>
    <message>
        <source>Record the customer&apos;s answers to the six questions.</source>
        <translation>Registre las respuestas del cliente a las seis preguntas.</translation>
    </message>
    <message>
        <source>Answers and complaints are recorded only when the customer was reached.</source>
        <translation>Las respuestas y los reclamos solo se registran si se contactó al cliente.</translation>
    </message>
    <message>
        <source>Satisfaction is a score from 0 to 10.</source>
        <translation>La satisfacción es una nota de 0 a 10.</translation>
    </message>
    <message>
        <source>The callback of order %1 is already %2.</source>
        <translation>La llamada de seguimiento de la orden %1 ya está en estado %2.</translation>
    </message>
    <message>
        <source>A call cannot come before the order was completed.</source>
        <translation>Una llamada no puede ser anterior al término de la orden.</translation>
    </message>
    <message>
        <source>A call cannot come before the previous call.</source>
        <translation>Una llamada no puede ser anterior a la llamada previa.</translation>
    </message>
    <message>
        <source>Name the day the callbacks are due.</source>
        <translation>Indique el día en que corresponden las llamadas.</translation>
    </message>
    <message>
        <source>The call&apos;s time must be known and not in the future.</source>
        <translation>La hora de la llamada debe conocerse y no ser futura.</translation>
    </message>
    <message>
        <source>There is no callback %1.</source>
        <translation>No existe la llamada de seguimiento %1.</translation>
    </message>
    <message>
        <source>The callback of order %1 was recorded by someone else meanwhile; it has been reloaded.</source>
        <translation>Otra persona registró mientras tanto la llamada de la orden %1; se ha vuelto a cargar.</translation>
    </message>
    <message>
        <source>The call&apos;s time %1.</source>
        <translation>La hora de la llamada %1.</translation>
    </message>
    <message>
        <source>The comment %1.</source>
        <translation>El comentario %1.</translation>
    </message>
    <message>
        <source>Only a call that reached the customer can be corrected; the callback of order %1 is %2.</source>
        <translation>Solo se puede corregir una llamada en la que se habló con el cliente; la llamada de seguimiento de la orden %1 está %2.</translation>
    </message>
    <message>
        <source>Only the agent who made the call of order %1 can correct it.</source>
        <translation>Solo el agente que hizo la llamada de la orden %1 puede corregirla.</translation>
    </message>
    <message>
        <source>The call of order %1 was saved at %2; the time to correct it ended at %3.</source>
        <translation>La llamada de la orden %1 se guardó a las %2; el plazo para corregirla terminó a las %3.</translation>
    </message>
</context>
<context>
    <name>fd::CallbackStatus</name>
    <message>
        <source>To call</source>
        <translation>Por llamar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Inubicable</translation>
    </message>
</context>
<context>
    <name>fd::CallbacksPage</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Callbacks due on</source>
        <translation>Llamadas de seguimiento del</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Add new completions</source>
        <translation>Añadir órdenes recién terminadas</translation>
    </message>
    <message>
        <source>Builds the day&apos;s queue again: a callback for every order completed the day before that has none yet (orders imported since the queue was made).</source>
        <translation>Vuelve a armar la cola del día: una llamada de seguimiento por cada orden terminada el día anterior que aún no la tiene (órdenes importadas después de crear la cola).</translation>
    </message>
    <message>
        <source>Not reached — called again after %1, %2 calls at most:</source>
        <translation>No contactado — se vuelve a llamar después de %1, %2 llamadas como máximo:</translation>
    </message>
    <message>
        <source>No answer, busy, wrong number and refused are called again after %1; after %2 calls without reaching the customer the callback is unreachable (rules version %3).</source>
        <translation>No contesta, ocupado, número equivocado y se negó se vuelven a llamar después de %1; tras %2 llamadas sin contactar al cliente, la llamada de seguimiento queda inubicable (reglas versión %3).</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Previstas</translation>
    </message>
    <message>
        <source>To call</source>
        <translation>Por llamar</translation>
    </message>
    <message>
        <source>To retry</source>
        <translation>Por reintentar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Inubicables</translation>
    </message>
    <message>
        <source>answer the highlighted question</source>
        <translation>responde la pregunta resaltada</translation>
    </message>
    <message>
        <source>move</source>
        <translation>mover</translation>
    </message>
    <message>
        <source>satisfaction (1 then 0 is 10)</source>
        <translation>satisfacción (1 y luego 0 es 10)</translation>
    </message>
    <message>
        <source>commendation</source>
        <translation>felicitación</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>reclamo</translation>
    </message>
    <message>
        <source>to the comment and back</source>
        <translation>al comentario y de vuelta</translation>
    </message>
    <message>
        <source>save a reached call</source>
        <translation>guarda una llamada contactada</translation>
    </message>
    <message>
        <source>not reached, as on the buttons</source>
        <translation>no contactado, como en los botones</translation>
    </message>
    <message>
        <source>Enter in the queue</source>
        <translation>Intro en la cola</translation>
    </message>
    <message>
        <source>call that customer</source>
        <translation>llama a ese cliente</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>Teclas:</translation>
    </message>
    <message>
        <source>No callbacks are due on %1. The queue holds the orders completed the day before; “Add new completions” picks up orders recorded since it was made.</source>
        <translation>No hay llamadas de seguimiento para el %1. La cola contiene las órdenes terminadas el día anterior; «Añadir órdenes recién terminadas» incorpora las registradas después de crearla.</translation>
    </message>
    <message>
        <source>No call to make now. The next retry is due at %1.</source>
        <translation>No hay llamadas pendientes por ahora. El próximo reintento corresponde a las %1.</translation>
    </message>
    <message>
        <source>Every callback due on %1 is done.</source>
        <translation>Todas las llamadas de seguimiento del %1 están hechas.</translation>
    </message>
    <message>
        <source>No call to make now.</source>
        <translation>No hay llamadas pendientes por ahora.</translation>
    </message>
    <message>
        <source>Leave this call?</source>
        <translation>¿Dejar esta llamada?</translation>
    </message>
    <message>
        <source>The answers entered for %1 are not saved. Leave them and call %2?</source>
        <translation>Las respuestas anotadas para %1 no están guardadas. ¿Descartarlas y llamar a %2?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Saved the answers of %1 and registered the complaint.</source>
        <translation>Se guardaron las respuestas de %1 y se registró el reclamo.</translation>
    </message>
    <message>
        <source>Saved the answers of %1.</source>
        <translation>Se guardaron las respuestas de %1.</translation>
    </message>
    <message>
        <source>%1: %2 — unreachable (calls made: %3).</source>
        <translation>%1: %2 — inubicable (llamadas hechas: %3).</translation>
    </message>
    <message>
        <source>%1: %2 — to be called again at %3 (calls made: %4).</source>
        <translation>%1: %2 — volver a llamar a las %3 (llamadas hechas: %4).</translation>
    </message>
    <message>
        <source>Callbacks due on %1: %2 added, %3 in all.</source>
        <translation>Llamadas de seguimiento del %1: %2 añadidas, %3 en total.</translation>
    </message>
    <message>
        <source>Find a customer: name, phone, order, account</source>
        <translation>Buscar un cliente: nombre, teléfono, orden, cuenta</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
</context>
<context>
    <name>fd::CellFormat</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
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
    <message>
        <source>is in the future</source>
        <translation>es una fecha futura</translation>
    </message>
    <message>
        <source>must be a date and time</source>
        <translation>debe ser una fecha y hora</translation>
    </message>
    <message>
        <source>is before the order was received</source>
        <translation>es anterior a la recepción de la orden</translation>
    </message>
    <message>
        <source>is before the arrival</source>
        <translation>es anterior a la llegada</translation>
    </message>
    <message>
        <source>an appointment window needs both a start and an end</source>
        <translation>una franja de cita necesita inicio y fin</translation>
    </message>
    <message>
        <source>is not after the start</source>
        <translation>no es posterior al inicio</translation>
    </message>
    <message>
        <source>the service must be tested and demonstrated to the customer before the order is completed</source>
        <translation>el servicio debe probarse y mostrarse al cliente antes de terminar la orden</translation>
    </message>
    <message>
        <source>the customer&apos;s signature (name) or the reason the customer refused to sign is required</source>
        <translation>se requiere la firma del cliente (su nombre) o el motivo por el que se negó a firmar</translation>
    </message>
    <message>
        <source>the FTTH test reading (ONT receive power in dBm) is required</source>
        <translation>se requiere la lectura de la prueba FTTH (potencia de recepción de la ONT en dBm)</translation>
    </message>
    <message>
        <source>%1 dBm is outside the accepted range %2 to %3 dBm, so the test did not pass</source>
        <translation>%1 dBm está fuera del rango aceptado de %2 a %3 dBm: la prueba no pasó</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Número de orden</translation>
    </message>
    <message>
        <source>Subscriber account</source>
        <translation>Cuenta del abonado</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Customer contacted</source>
        <translation>Cliente contactado</translation>
    </message>
    <message>
        <source>Appointment from</source>
        <translation>Cita desde</translation>
    </message>
    <message>
        <source>Appointment until</source>
        <translation>Cita hasta</translation>
    </message>
    <message>
        <source>Customer asked for a later time</source>
        <translation>El cliente pidió una hora posterior</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Uniform and ID badge</source>
        <translation>Uniforme y credencial</translation>
    </message>
    <message>
        <source>Permit and order shown, shoe covers</source>
        <translation>Permiso y orden mostrados, cubrezapatos</translation>
    </message>
    <message>
        <source>Customer consulted on location</source>
        <translation>Se consultó al cliente la ubicación</translation>
    </message>
    <message>
        <source>Service tested and demonstrated</source>
        <translation>Servicio probado y mostrado</translation>
    </message>
    <message>
        <source>Site cleaned</source>
        <translation>Sitio limpio</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <source>Receive power (dBm)</source>
        <translation>Potencia de recepción (dBm)</translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation>Exención</translation>
    </message>
    <message>
        <source>must not contain invisible characters (zero-width spaces, direction marks)</source>
        <translation>no debe contener caracteres invisibles (espacios de ancho cero, marcas de dirección)</translation>
    </message>
    <message>
        <source>is before 2000-01-01</source>
        <translation>es anterior al 2000-01-01</translation>
    </message>
    <message>
        <source>is not a possible receive power; a reading lies between %1 and %2 dBm</source>
        <translation>no es una potencia de recepción posible; una lectura está entre %1 y %2 dBm</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>debe ser como máximo %1</translation>
    </message>
    <message>
        <source>a removal takes the service away: there is no service to test</source>
        <translation>un retiro da de baja el servicio: no hay servicio que probar</translation>
    </message>
    <message>
        <source>a removal has no FTTH test, so it has no reading</source>
        <translation>un retiro no tiene prueba FTTH, así que no tiene lectura</translation>
    </message>
    <message>
        <source>say whether the ONT was collected (yes or no) to complete a removal</source>
        <translation>indique si se recogió la ONT (sí o no) para completar un retiro</translation>
    </message>
    <message>
        <source>only a removal collects the ONT; leave it empty for a %1</source>
        <translation>solo un retiro recoge la ONT; déjelo vacío en una orden de tipo %1</translation>
    </message>
    <message>
        <source>ONT collected</source>
        <translation>ONT recogida</translation>
    </message>
</context>
<context>
    <name>fd::Cli</name>
    <message>
        <source>--seed takes a whole number from 0 to 4294967295.</source>
        <translation>--seed admite un número entero de 0 a 4294967295.</translation>
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
        <source>--date takes a day as YYYY-MM-DD, not “%1”.</source>
        <translation>--date admite un día con formato AAAA-MM-DD, no «%1».</translation>
    </message>
    <message>
        <source>Callbacks due on %1: %2 created now, %3 in all.</source>
        <translation>Llamadas de seguimiento para el %1: %2 creadas ahora, %3 en total.</translation>
    </message>
    <message>
        <source>Daily bulletin for %1</source>
        <translation>Boletín diario del %1</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibidas</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminadas</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencidas</translation>
    </message>
    <message>
        <source>callbacks done</source>
        <translation>llamadas hechas</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>reclamos</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificados</translation>
    </message>
    <message>
        <source>fiberdesk-cli demo [--seed N] [--orders N]</source>
        <translation>fiberdesk-cli demo [--seed N] [--orders N]</translation>
    </message>
    <message>
        <source>fiberdesk-cli compliance [--growth PCT]</source>
        <translation>fiberdesk-cli compliance [--growth PCT]</translation>
    </message>
    <message>
        <source>fiberdesk-cli units</source>
        <translation>fiberdesk-cli units</translation>
    </message>
    <message>
        <source>fiberdesk-cli callbacks generate --date YYYY-MM-DD</source>
        <translation>fiberdesk-cli callbacks generate --date AAAA-MM-DD</translation>
    </message>
    <message>
        <source>fiberdesk-cli bulletin --date YYYY-MM-DD</source>
        <translation>fiberdesk-cli bulletin --date AAAA-MM-DD</translation>
    </message>
    <message>
        <source>fiberdesk-cli evaluate --month YYYY-MM [--finalize]</source>
        <translation>fiberdesk-cli evaluate --month AAAA-MM [--finalize]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>--orders takes a whole number from 0 to 100000000.</source>
        <translation>--orders admite un número entero de 0 a 100000000.</translation>
    </message>
    <message>
        <source>Demo operator written to %1 (seed %2): %3 units, %4 service areas with %5 subscribers, %6 teams, %7 technicians, %8 work orders.</source>
        <translation>Operador de demostración escrito en %1 (semilla %2): %3 unidades, %4 zonas de servicio con %5 abonados, %6 cuadrillas, %7 técnicos, %8 órdenes de trabajo.</translation>
    </message>
    <message>
        <source>--month takes a month as YYYY-MM, not “%1”.</source>
        <translation>--month admite un mes con formato AAAA-MM, no «%1».</translation>
    </message>
    <message>
        <source>strike</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>final</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>Evaluation of %1</source>
        <translation>Evaluación de %1</translation>
    </message>
    <message>
        <source>timeliness</source>
        <translation>puntualidad</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>calidad</translation>
    </message>
    <message>
        <source>service</source>
        <translation>servicio</translation>
    </message>
    <message>
        <source>room</source>
        <translation>sala</translation>
    </message>
    <message>
        <source>adjustment</source>
        <translation>ajuste</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>evaluación</translation>
    </message>
    <message>
        <source>unit status</source>
        <translation>estado de la unidad</translation>
    </message>
    <message>
        <source>fill an empty database with a realistic demo operator and N work orders (default 20000)</source>
        <translation>llena una base vacía con un operador de demostración realista y N órdenes de trabajo (por omisión 20000)</translation>
    </message>
    <message>
        <source>staff, tools and vehicles each unit has against what its subscribers require; PCT projects subscriber growth</source>
        <translation>personal, herramientas y vehículos de cada unidad frente a lo que exigen sus abonados; PCT proyecta un crecimiento de abonados</translation>
    </message>
    <message>
        <source>each unit&apos;s contract status, strikes and rectification deadline</source>
        <translation>estado del contrato, faltas y plazo de subsanación de cada unidad</translation>
    </message>
    <message>
        <source>create the callback queue due on day D (orders completed the day before); running it again creates nothing</source>
        <translation>crea la cola de llamadas del día D (órdenes terminadas el día anterior); volver a ejecutarla no crea nada</translation>
    </message>
    <message>
        <source>each unit&apos;s day: orders received, completed, overdue, callbacks done, complaints received and verified</source>
        <translation>el día de cada unidad: órdenes recibidas, terminadas y vencidas, llamadas hechas, reclamos recibidos y verificados</translation>
    </message>
    <message>
        <source>the month&apos;s scores (YYYY-MM); --finalize freezes them and applies the 80-point rule</source>
        <translation>las notas del mes (AAAA-MM); --finalize las congela y aplica la regla de los 80 puntos</translation>
    </message>
    <message>
        <source>the database: a file or postgresql://user@host:port/dbname (default: the desktop program&apos;s, %1)</source>
        <translation>la base de datos: un archivo o postgresql://usuario@servidor:puerto/base (por omisión, la del programa de escritorio: %1)</translation>
    </message>
    <message>
        <source>machine-readable output on standard output</source>
        <translation>salida legible por máquina en la salida estándar</translation>
    </message>
    <message>
        <source>the operator&apos;s time zone for this run (IANA name, e.g. America/Lima)</source>
        <translation>zona horaria del operador para esta ejecución (nombre IANA, p. ej. America/Lima)</translation>
    </message>
    <message>
        <source>this text</source>
        <translation>este texto</translation>
    </message>
    <message>
        <source>the program&apos;s version</source>
        <translation>la versión del programa</translation>
    </message>
    <message>
        <source>Usage: fiberdesk-cli [OPTIONS] COMMAND</source>
        <translation>Uso: fiberdesk-cli [OPCIONES] ORDEN</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nueva contraseña para %1: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>La misma contraseña otra vez: </translation>
    </message>
    <message>
        <source>No password for the new user: set FIBERDESK_NEW_PASSWORD or run the command in a terminal.</source>
        <translation>No hay contraseña para el usuario nuevo: defina FIBERDESK_NEW_PASSWORD o ejecute la orden en una terminal.</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was saved.</source>
        <translation>Las dos contraseñas no coinciden; no se guardó nada.</translation>
    </message>
    <message>
        <source>User %1 created with the role %2.</source>
        <translation>Usuario %1 creado con el rol %2.</translation>
    </message>
    <message>
        <source>fiberdesk-cli users list</source>
        <translation>fiberdesk-cli users list</translation>
    </message>
    <message>
        <source>the users who may sign in, with their roles (admins only)</source>
        <translation>los usuarios que pueden iniciar sesión, con sus roles (solo administradores)</translation>
    </message>
    <message>
        <source>act as this user; the password from FIBERDESK_PASSWORD or asked for (without it: the local administrator of a database file)</source>
        <translation>actuar como este usuario; la contraseña se toma de FIBERDESK_PASSWORD o se pide (sin ella: el administrador local de un archivo de base de datos)</translation>
    </message>
    <message>
        <source>Exit status: 0 on success, 1 when the command failed, 2 for a usage error. Without --user the command line acts as the local administrator of the database file it opens.</source>
        <translation>Código de salida: 0 si todo fue bien, 1 si la orden falló, 2 por un error de uso. Sin --user, la línea de órdenes actúa como administrador local del archivo de base de datos que abre.</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database needs --user NAME: the command line acts as that user.</source>
        <translation>Una base de datos PostgreSQL compartida requiere --user NOMBRE: la línea de órdenes actúa como ese usuario.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <source>No password for %1: set FIBERDESK_PASSWORD or run the command in a terminal.</source>
        <translation>No hay contraseña para %1: defina FIBERDESK_PASSWORD o ejecute la orden en una terminal.</translation>
    </message>
    <message>
        <source>Backups and restores work on a FiberDesk database file; a PostgreSQL database is backed up and restored on its server (pg_dump, pg_restore).</source>
        <translation>Las copias de seguridad y restauraciones trabajan sobre un archivo de base de datos de FiberDesk; una base de datos PostgreSQL se respalda y restaura en su servidor (pg_dump, pg_restore).</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3).</source>
        <translation>Copia de seguridad de %1 escrita en %2 (%3).</translation>
    </message>
    <message>
        <source>Restored %1 into %2 (schema version %3).</source>
        <translation>%1 restaurado en %2 (versión de esquema %3).</translation>
    </message>
    <message>
        <source>The database as it was is kept as %1.</source>
        <translation>La base de datos tal como estaba se conserva como %1.</translation>
    </message>
    <message>
        <source>--keep-days takes a whole number from 0 to %1.</source>
        <translation>--keep-days admite un número entero de 0 a %1.</translation>
    </message>
    <message>
        <source>Automatic daily backups are off (--keep-days 0).</source>
        <translation>Las copias de seguridad diarias automáticas están desactivadas (--keep-days 0).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <source>fiberdesk-cli backup FILE</source>
        <translation>fiberdesk-cli backup ARCHIVO</translation>
    </message>
    <message>
        <source>fiberdesk-cli restore FILE</source>
        <translation>fiberdesk-cli restore ARCHIVO</translation>
    </message>
    <message>
        <source>fiberdesk-cli backups [--keep-days N] [--folder DIR]</source>
        <translation>fiberdesk-cli backups [--keep-days N] [--folder CARPETA]</translation>
    </message>
    <message>
        <source>a consistent copy of the database in FILE, also while others write to it</source>
        <translation>una copia coherente de la base de datos en FILE, también mientras otros escriben en ella</translation>
    </message>
    <message>
        <source>replace the database with the backup FILE (checked first; the database as it was is kept beside it)</source>
        <translation>sustituir la base de datos por la copia FILE (comprobada antes; la base de datos tal como estaba se conserva al lado)</translation>
    </message>
    <message>
        <source>the automatic daily backups: where they go, how many days they are kept (0: none), and those there are</source>
        <translation>las copias de seguridad diarias automáticas: dónde se guardan, cuántos días se conservan (0: ninguna) y las que hay</translation>
    </message>
    <message>
        <source>FIBERDESK_NOW is “%1”, not an instant with its offset such as 2026-11-20T15:00:00-05:00.</source>
        <translation>FIBERDESK_NOW es «%1», que no es un instante con su desfase horario, como 2026-11-20T15:00:00-05:00.</translation>
    </message>
    <message>
        <source>write every row of an import kind in its import format (importing the file changes nothing); orders take --month M, --unit U and --status S,S…</source>
        <translation>escribe todas las filas de un tipo de importación en su formato de importación (importar el archivo no cambia nada); las órdenes admiten --month M, --unit U y --status E,E…</translation>
    </message>
    <message>
        <source>Cannot export “%1”; the kinds are %2.</source>
        <translation>No se puede exportar «%1»; los tipos son %2.</translation>
    </message>
    <message>
        <source>--format is csv or xlsx, not “%1”.</source>
        <translation>--format es csv o xlsx, no «%1».</translation>
    </message>
    <message>
        <source>--format is csv, xlsx or pdf, not “%1”.</source>
        <translation>--format es csv, xlsx o pdf, no «%1».</translation>
    </message>
    <message>
        <source>--separator is “,” or “;”, not “%1”.</source>
        <translation>--separator es «,» o «;», no «%1».</translation>
    </message>
    <message>
        <source>--separator is for CSV files only.</source>
        <translation>--separator solo sirve para archivos CSV.</translation>
    </message>
    <message>
        <source>--out names the file to write, not “%1”.</source>
        <translation>--out indica el archivo que se escribe, no «%1».</translation>
    </message>
    <message>
        <source>“export %1” does not take %2.</source>
        <translation>«export %1» no admite %2.</translation>
    </message>
    <message>
        <source>--status takes order statuses separated by commas (%1), not “%2”.</source>
        <translation>--status admite estados de orden separados por comas (%1), no «%2».</translation>
    </message>
    <message>
        <source>“export evidence” needs --unit CODE.</source>
        <translation>«export evidence» necesita --unit CÓDIGO.</translation>
    </message>
    <message>
        <source>“%1” was written to %2.</source>
        <translation>«%1» se escribió en %2.</translation>
    </message>
    <message>
        <source>fiberdesk-cli export KIND|REPORT --out FILE [--format csv|xlsx|pdf] [--separator &apos;;&apos;] [--month YYYY-MM] [--unit CODE] [--status S,S…] [--date YYYY-MM-DD] [--growth PCT] [--force]</source>
        <translation>fiberdesk-cli export TIPO|INFORME --out ARCHIVO [--format csv|xlsx|pdf] [--separator &apos;;&apos;] [--month AAAA-MM] [--unit CÓDIGO] [--status E,E…] [--date AAAA-MM-DD] [--growth PCT] [--force]</translation>
    </message>
    <message>
        <source>Cannot sign in as %1 to restore: %2 Nothing was restored. The owner of a database file that cannot be opened restores it without --user.</source>
        <translation>No se puede iniciar sesión como %1 para restaurar: %2 No se ha restaurado nada. El propietario de un archivo de base de datos que no se puede abrir lo restaura sin --user.</translation>
    </message>
    <message>
        <source>%1 Nothing was restored.</source>
        <translation>%1 No se ha restaurado nada.</translation>
    </message>
    <message>
        <source>Nothing to do: today&apos;s backup is already written, or automatic backups are off.</source>
        <translation>Nada que hacer: la copia de hoy ya está escrita o las copias automáticas están desactivadas.</translation>
    </message>
    <message>
        <source>Today&apos;s backup: %1 (%2; the database %3).</source>
        <translation>Copia de hoy: %1 (%2; la base de datos, %3).</translation>
    </message>
    <message>
        <source>Removed %1 (past the keeping rule).</source>
        <translation>Eliminada %1 (fuera de la regla de conservación).</translation>
    </message>
    <message>
        <source>A backup a day goes to %1 and is kept for %2 days, and the last of each of the last %3 months.</source>
        <translation>Cada día se guarda una copia en %1, que se conserva %2 días, además de la última de cada uno de los últimos %3 meses.</translation>
    </message>
    <message>
        <source>Backups kept: %1, taking %2 on the disk.</source>
        <translation>Copias conservadas: %1, que ocupan %2 en el disco.</translation>
    </message>
    <message>
        <source>fiberdesk-cli backups run</source>
        <translation>fiberdesk-cli backups run</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, each chained to the one before, the sealed months and statuses as stored, and the anchor still in it.</source>
        <translation>
            <numerusform>El registro de auditoría está intacto: %n entrada, encadenada a la anterior, los meses y estados sellados tal como están guardados, y el ancla sigue en él.</numerusform>
            <numerusform>El registro de auditoría está intacto: %n entradas, cada una encadenada a la anterior, los meses y estados sellados tal como están guardados, y el ancla sigue en él.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, each chained to the one before, and the sealed months and statuses as stored.</source>
        <translation>
            <numerusform>El registro de auditoría está intacto: %n entrada, encadenada a la anterior, y los meses y estados sellados tal como están guardados.</numerusform>
            <numerusform>El registro de auditoría está intacto: %n entradas, cada una encadenada a la anterior, y los meses y estados sellados tal como están guardados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit head: %1 (%n entries; keep it to check the log later with “audit verify --anchor”).</source>
        <translation>
            <numerusform>Cabeza de auditoría: %1 (%n entrada; guárdela para comprobar el registro más tarde con «audit verify --anchor»).</numerusform>
            <numerusform>Cabeza de auditoría: %1 (%n entradas; guárdela para comprobar el registro más tarde con «audit verify --anchor»).</numerusform>
        </translation>
    </message>
    <message>
        <source>fiberdesk-cli init [--runtime-role ROLE]</source>
        <translation>fiberdesk-cli init [--runtime-role ROL]</translation>
    </message>
    <message>
        <source>fiberdesk-cli audit verify [--anchor HEAD]</source>
        <translation>fiberdesk-cli audit verify [--anchor CABEZA]</translation>
    </message>
    <message>
        <source>fiberdesk-cli audit head</source>
        <translation>fiberdesk-cli audit head</translation>
    </message>
    <message>
        <source>create or upgrade the database; on PostgreSQL, run as the owner, ROLE is the role FiberDesk will run as: it gets every table but may only read and insert into the audit tables</source>
        <translation>crea o actualiza la base de datos; en PostgreSQL, ejecutado como propietario, ROLE es el rol con el que funcionará FiberDesk: recibe todas las tablas pero en las de auditoría solo puede leer e insertar</translation>
    </message>
    <message>
        <source>check the audit log&apos;s hash chain and the sealed months and statuses: exit 1 and name the entry, unit and month changed or deleted outside FiberDesk; HEAD (as a report or backup prints it) must still be in the log</source>
        <translation>comprueba la cadena de hashes del registro de auditoría y los meses y estados sellados: sale con 1 y nombra la entrada, la unidad y el mes cambiados o borrados fuera de FiberDesk; HEAD (como lo imprime un informe o una copia de seguridad) debe seguir en el registro</translation>
    </message>
    <message>
        <source>the audit log&apos;s head now: its entries and the newest entry&apos;s hash, ENTRIES:HASH, as reports and backups carry it</source>
        <translation>la cabeza actual del registro de auditoría: sus entradas y el hash de la más reciente, ENTRADAS:HASH, como la llevan los informes y las copias de seguridad</translation>
    </message>
    <message>
        <source>fiberdesk-cli import KIND FILE [--encoding NAME]</source>
        <translation>fiberdesk-cli import TIPO ARCHIVO [--encoding NOMBRE]</translation>
    </message>
    <message>
        <source>--encoding takes an encoding such as UTF-8, GB18030 or windows-1252, not “%1”.</source>
        <translation>--encoding espera una codificación como UTF-8, GB18030 o windows-1252, no «%1».</translation>
    </message>
    <message>
        <source>The %1 translation was not found in %2; messages are in English.</source>
        <translation>No se encontró la traducción %1 en %2; los mensajes se muestran en inglés.</translation>
    </message>
    <message>
        <source>fiberdesk-cli quality --month YYYY-MM</source>
        <translation>fiberdesk-cli quality --month AAAA-MM</translation>
    </message>
    <message>
        <source>fiberdesk-cli quality sample --month YYYY-MM</source>
        <translation>fiberdesk-cli quality sample --month AAAA-MM</translation>
    </message>
    <message>
        <source>fiberdesk-cli quality score ORDER --marks CRITERION=POINTS,… [--recording REF]</source>
        <translation>fiberdesk-cli quality score ORDEN --marks CRITERIO=PUNTOS,… [--recording REF]</translation>
    </message>
    <message>
        <source>the callback calls&apos; quality in month M: each agent&apos;s monitor average, yes rate, flagged questions and thanks, the supervisors&apos; calibration, and how monitor scores and satisfaction agree</source>
        <translation>la calidad de las llamadas de seguimiento del mes M: la media de monitoreo de cada agente, su tasa de «sí», las preguntas señaladas y los agradecimientos, la calibración de los supervisores y cuánto concuerdan las notas de monitoreo con la satisfacción</translation>
    </message>
    <message>
        <source>the calls drawn for monitoring in month M, each agent&apos;s, and who scored them</source>
        <translation>las llamadas sorteadas para monitoreo en el mes M, las de cada agente, y quién las puntuó</translation>
    </message>
    <message>
        <source>score the sampled call of ORDER on the monitoring form (greeting, neutral_questions, answers_recorded, courtesy, closing); REF is the recording&apos;s reference in the telephony system (callback supervisors)</source>
        <translation>puntuar la llamada sorteada de ORDEN en el formulario de monitoreo (greeting, neutral_questions, answers_recorded, courtesy, closing); REF es la referencia de la grabación en la central telefónica (supervisores de seguimiento)</translation>
    </message>
    <message>
        <source>--marks takes CRITERION=POINTS pairs separated by commas, e.g. greeting=10,courtesy=15; “%1” is not one.</source>
        <translation>--marks recibe pares CRITERIO=PUNTOS separados por comas, p. ej. greeting=10,courtesy=15; «%1» no lo es.</translation>
    </message>
    <message>
        <source>Callback quality for %1</source>
        <translation>Calidad de las llamadas de seguimiento de %1</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Contactadas</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>Sorteadas</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Puntuadas</translation>
    </message>
    <message>
        <source>Monitor avg</source>
        <translation>Media monitoreo</translation>
    </message>
    <message>
        <source>Yes %</source>
        <translation>% sí</translation>
    </message>
    <message>
        <source>Flagged questions</source>
        <translation>Preguntas señaladas</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Agradecimientos</translation>
    </message>
    <message>
        <source>Calibration: %1 calls scored by several supervisors, mean spread %2, %3 flagged.</source>
        <translation>Calibración: %1 llamadas puntuadas por varios supervisores, dispersión media %2, %3 señaladas.</translation>
    </message>
    <message>
        <source>  %1: %2 calls scored, mean deviation from the others %3</source>
        <translation>  %1: %2 llamadas puntuadas, desviación media respecto de los demás %3</translation>
    </message>
    <message>
        <source>Monitor score against satisfaction, by agent: %1</source>
        <translation>Nota de monitoreo frente a satisfacción, por agente: %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>Puntuada por</translation>
    </message>
    <message>
        <source>The call of order %1 scored %2 of 100.</source>
        <translation>La llamada de la orden %1 obtuvo %2 de 100.</translation>
    </message>
    <message>
        <source>fiberdesk-cli orders search TEXT [--limit N]</source>
        <translation>fiberdesk-cli orders search TEXTO [--limit N]</translation>
    </message>
    <message>
        <source>orders whose number, account, customer, address or phone holds TEXT anywhere (no matter case, accents or full/half width; digits also inside phone and order numbers), earliest deadline first, at most N (default 50); one or two characters search the open orders only</source>
        <translation>órdenes cuyo número, cuenta, cliente, dirección o teléfono contiene TEXTO en cualquier posición (sin importar mayúsculas, tildes ni ancho completo o medio; los dígitos también dentro de teléfonos y números de orden), primero el plazo más próximo, como máximo N (50 por omisión); uno o dos caracteres buscan solo en las órdenes abiertas</translation>
    </message>
    <message>
        <source>each team&apos;s day D (or team T&apos;s): its technicians, booked minutes and agreed windows, each with its problems: overlap, after_deadline, outside_hours, area_not_covered, unit_not_active</source>
        <translation>el día D de cada cuadrilla (o de la cuadrilla T): sus técnicos, los minutos reservados y las franjas acordadas, cada una con sus problemas: overlap, after_deadline, outside_hours, area_not_covered, unit_not_active</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to %1, not “%2”.</source>
        <translation>--limit admite un número entero de 1 a %1, no «%2».</translation>
    </message>
    <message>
        <source>No order matches “%1”.</source>
        <translation>Ninguna orden coincide con «%1».</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Cuadrilla</translation>
    </message>
    <message numerus="yes">
        <source>Schedule for %1: %n team(s)</source>
        <translation>
            <numerusform>Agenda del %1: %n cuadrilla</numerusform>
            <numerusform>Agenda del %1: %n cuadrillas</numerusform>
        </translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Franja</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>a report: evaluation, evidence or indicators (--month M [--unit U]), quality (--month M), bulletin (--date D) or compliance ([--growth PCT]); an existing FILE is replaced only with --force, never the database or a device</source>
        <translation>un informe: evaluation, evidence o indicators (--month M [--unit U]), quality (--month M), bulletin (--date D) o compliance ([--growth PCT]); un FILE existente solo se reemplaza con --force, nunca la base de datos ni un dispositivo</translation>
    </message>
    <message>
        <source>fiberdesk-cli rules</source>
        <translation>fiberdesk-cli rules</translation>
    </message>
    <message>
        <source>fiberdesk-cli rules preset cn-same-day|uk-auto-comp</source>
        <translation>fiberdesk-cli rules preset cn-same-day|uk-auto-comp</translation>
    </message>
    <message>
        <source>fiberdesk-cli rules set KEY VALUE</source>
        <translation>fiberdesk-cli rules set CLAVE VALOR</translation>
    </message>
    <message>
        <source>import a CSV file, all or nothing; KIND is units, areas, teams, technicians, equipment, assessments, orders, callbacks, complaints, room_scores or holidays; NAME is the file&apos;s encoding when it is not UTF-8 (GB18030, windows-1252); commas or semicolons; a file of units, areas, teams or technicians may have only some columns besides code, and changes only those</source>
        <translation>importa un archivo CSV, todo o nada; TIPO es units, areas, teams, technicians, equipment, assessments, orders, callbacks, complaints, room_scores o holidays; NOMBRE es la codificación del archivo cuando no es UTF-8 (GB18030, windows-1252); comas o puntos y coma; un archivo de unidades, zonas, cuadrillas o técnicos puede tener solo algunas columnas además de code, y cambia solo esas</translation>
    </message>
    <message>
        <source>the rules in force: their version, the service-level policy (same_day or working_days) and the preset it matches, every value and the holidays</source>
        <translation>las reglas vigentes: su versión, la política de nivel de servicio (same_day o working_days) y el ajuste predefinido con el que coincide, cada valor y los feriados</translation>
    </message>
    <message>
        <source>fill in a service-level preset, cn-same-day (the same-day rule) or uk-auto-comp (working days, credits per calendar day late and for a missed appointment), as a new rules version; amounts can then be changed with rules set</source>
        <translation>aplica un ajuste predefinido de nivel de servicio, cn-same-day (la regla del mismo día) o uk-auto-comp (días hábiles, crédito por día natural de retraso y por cita incumplida), como nueva versión de las reglas; luego los importes pueden cambiarse con rules set</translation>
    </message>
    <message>
        <source>change one rule (its key as “rules” lists it) as a new rules version</source>
        <translation>cambia una regla (su clave tal como la lista “rules”) como nueva versión de las reglas</translation>
    </message>
    <message>
        <source>Nothing changed; version %1 stays in force.</source>
        <translation>Nada cambió; la versión %1 sigue vigente.</translation>
    </message>
    <message>
        <source>Saved as rules version %1, now in force.</source>
        <translation>Guardado como versión %1 de las reglas, ya vigente.</translation>
    </message>
    <message>
        <source>Rules version %1: %2 policy%3.</source>
        <translation>Versión %1 de las reglas: política «%2»%3.</translation>
    </message>
    <message>
        <source> (preset %1)</source>
        <translation> (ajuste predefinido %1)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Holidays: %1.</source>
        <translation>Feriados: %1.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«%1» no es un número.</translation>
    </message>
    <message>
        <source>fiberdesk-cli plan --date YYYY-MM-DD [--accept all|ORDER,…]</source>
        <translation>fiberdesk-cli plan --date AAAA-MM-DD [--accept all|ORDEN,…]</translation>
    </message>
    <message>
        <source>propose a team and a window for every open order due by the end of D + 1 that has no agreed window, least credits at risk first, then fewest late orders and least lateness, beside the baseline (earliest deadline first to the least-loaded covering team); --accept books all proposals or those named, as ordinary assignments and appointments</source>
        <translation>propone una cuadrilla y una franja para cada orden abierta que vence antes del fin de D + 1 y no tiene franja acordada: primero las menores compensaciones en riesgo, luego el menor número de órdenes tardías y el menor retraso, junto a la referencia (primero el plazo más próximo, a la cuadrilla con cobertura menos cargada); --accept reserva todas las propuestas o las indicadas, como asignaciones y citas ordinarias</translation>
    </message>
    <message numerus="yes">
        <source>Day plan for %1: %2 of %n order(s) proposed, %3 unplaced</source>
        <translation>
            <numerusform>Plan del día %1: %2 de %n orden propuesta, %3 sin colocar</numerusform>
            <numerusform>Plan del día %1: %2 de %n órdenes propuestas, %3 sin colocar</numerusform>
        </translation>
    </message>
    <message>
        <source>Late: %1 in the plan, %2 in the baseline. Credits at risk: %3 in the plan, %4 in the baseline.</source>
        <translation>Tardías: %1 en el plan, %2 en la referencia. Compensaciones en riesgo: %3 en el plan, %4 en la referencia.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>--accept takes “all” or order numbers separated by commas.</source>
        <translation>--accept admite «all» o números de orden separados por comas.</translation>
    </message>
    <message>
        <source>The plan proposes nothing for %1; nothing was booked.</source>
        <translation>El plan no propone nada para %1; no se reservó nada.</translation>
    </message>
    <message numerus="yes">
        <source>Booked %n proposal(s).</source>
        <translation>
            <numerusform>Se reservó %n propuesta.</numerusform>
            <numerusform>Se reservaron %n propuestas.</numerusform>
        </translation>
    </message>
    <message>
        <source>fiberdesk-cli schedule --date YYYY-MM-DD [--team CODE [--out DAY-SHEET.pdf]]</source>
        <translation>fiberdesk-cli schedule --date AAAA-MM-DD [--team CÓDIGO [--out HOJA-DEL-DÍA.pdf]]</translation>
    </message>
    <message>
        <source>team T&apos;s day sheet for day D as a PDF, for the crew to take on the road</source>
        <translation>la hoja del día D de la cuadrilla T en PDF, para que la cuadrilla la lleve en ruta</translation>
    </message>
    <message>
        <source>A day sheet is one team&apos;s: give --team with --out.</source>
        <translation>Una hoja del día es de una sola cuadrilla: indique --team junto con --out.</translation>
    </message>
    <message>
        <source>Wrote the day sheet of %1 to %2.</source>
        <translation>Se escribió la hoja del día de %1 en %2.</translation>
    </message>
    <message>
        <source>--role takes dispatcher, callback_agent, callback_supervisor, evaluator, admin or unit_representative (with --unit CODE).</source>
        <translation>--role admite dispatcher, callback_agent, callback_supervisor, evaluator, admin o unit_representative (con --unit CÓDIGO).</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation>Presentada por</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Resuelta por</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>--item is late_order, repeat or complaint, not “%1”.</source>
        <translation>--item es late_order, repeat o complaint, no “%1”.</translation>
    </message>
    <message>
        <source>appeals decide takes one of --uphold and --dismiss.</source>
        <translation>appeals decide admite una de --uphold y --dismiss.</translation>
    </message>
    <message>
        <source>An appeal is named by its id, not “%1”.</source>
        <translation>Una apelación se indica por su id, no “%1”.</translation>
    </message>
    <message>
        <source>fiberdesk-cli users add NAME --role ROLE [--unit CODE] [--display-name TEXT]</source>
        <translation>fiberdesk-cli users add NOMBRE --role ROL [--unit CÓDIGO] [--display-name TEXTO]</translation>
    </message>
    <message>
        <source>fiberdesk-cli kpi --month YYYY-MM [--unit CODE]</source>
        <translation>fiberdesk-cli kpi --month AAAA-MM [--unit CÓDIGO]</translation>
    </message>
    <message>
        <source>fiberdesk-cli appeals file --unit CODE --month YYYY-MM --item late_order|repeat|complaint --ref REF --grounds TEXT</source>
        <translation>fiberdesk-cli appeals file --unit CÓDIGO --month AAAA-MM --item late_order|repeat|complaint --ref REF --grounds TEXTO</translation>
    </message>
    <message>
        <source>fiberdesk-cli appeals decide ID --uphold|--dismiss --reason TEXT</source>
        <translation>fiberdesk-cli appeals decide ID --uphold|--dismiss --reason TEXTO</translation>
    </message>
    <message>
        <source>fiberdesk-cli appeals list [--month YYYY-MM]</source>
        <translation>fiberdesk-cli appeals list [--month AAAA-MM]</translation>
    </message>
    <message>
        <source>a new user (dispatcher, callback_agent, callback_supervisor, evaluator, admin, or unit_representative of the unit CODE); the password from FIBERDESK_NEW_PASSWORD or asked for</source>
        <translation>un usuario nuevo (dispatcher, callback_agent, callback_supervisor, evaluator, admin, o unit_representative de la unidad CÓDIGO); la contraseña desde FIBERDESK_NEW_PASSWORD o se pregunta</translation>
    </message>
    <message>
        <source>the regulatory indicators of month M per unit and for all units: supply and fault repair times (percentiles, % met by the deadline), faults per 100 subscribers, missed appointments, complaint resolution times, credits</source>
        <translation>los indicadores regulatorios del mes M por unidad y para todas: tiempos de instalación y de reparación de averías (percentiles, % dentro del plazo), averías por 100 abonados, citas incumplidas, tiempos de resolución de quejas, compensaciones</translation>
    </message>
    <message>
        <source>contest an item counted against unit U in month M: KIND is late_order or repeat (REF an order number) or complaint (REF a complaint id)</source>
        <translation>impugnar un elemento contado contra la unidad U en el mes M: KIND es late_order o repeat (REF un número de orden) o complaint (REF un id de queja)</translation>
    </message>
    <message>
        <source>decide an open appeal (an evaluator other than the one who filed it)</source>
        <translation>resolver una apelación abierta (un evaluador distinto de quien la presentó)</translation>
    </message>
    <message>
        <source>the appeals, all or of month M</source>
        <translation>las apelaciones, todas o las del mes M</translation>
    </message>
    <message>
        <source>Regulatory indicators for %1</source>
        <translation>Indicadores regulatorios de %1</translation>
    </message>
    <message>
        <source>all units</source>
        <translation>todas las unidades</translation>
    </message>
    <message>
        <source>Supplied</source>
        <translation>Instaladas</translation>
    </message>
    <message>
        <source>p50 h</source>
        <translation>p50 h</translation>
    </message>
    <message>
        <source>p95 h</source>
        <translation>p95 h</translation>
    </message>
    <message>
        <source>Met %</source>
        <translation>En plazo %</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>Reparadas</translation>
    </message>
    <message>
        <source>p80 h</source>
        <translation>p80 h</translation>
    </message>
    <message>
        <source>Faults/100</source>
        <translation>Averías/100</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Incumplidas</translation>
    </message>
    <message>
        <source>Missed %</source>
        <translation>Incumplidas %</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resueltas</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Compensaciones</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
</context>
<context>
    <name>fd::ColumnChooser</name>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Clic derecho para elegir las columnas</translation>
    </message>
</context>
<context>
    <name>fd::Combos</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · unit %2</source>
        <translation>%1 · unidad %2</translation>
    </message>
    <message>
        <source>%1 · unit %2 (inactive)</source>
        <translation>%1 · unidad %2 (inactiva)</translation>
    </message>
</context>
<context>
    <name>fd::ComplaintCategory</name>
    <message>
        <source>Late</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>No appointment agreed</source>
        <translation>Sin cita acordada</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Trato</translation>
    </message>
    <message>
        <source>Repeat fault</source>
        <translation>Falla repetida</translation>
    </message>
    <message>
        <source>Untidy site</source>
        <translation>Sitio sucio</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>fd::ComplaintCombos</name>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Todos los orígenes</translation>
    </message>
</context>
<context>
    <name>fd::ComplaintDetails</name>
    <message>
        <source>Choose a complaint to see it in full with the history of its verdict.</source>
        <translation>Elija un reclamo para verlo completo con el historial de su dictamen.</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>unidad %1</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>orden %1</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>Reclamo %1</translation>
    </message>
    <message>
        <source>%1 · %2 · Registered</source>
        <translation>%1 · %2 · Registrado</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4 → %5</source>
        <translation>%1 · %2 · %3: %4 → %5</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>Resuelto:</translation>
    </message>
    <message>
        <source>%1 · %2 · Imported from a file: %3, given %4</source>
        <translation>%1 · %2 · Importado de un archivo: %3, dictado el %4</translation>
    </message>
    <message>
        <source>%1 · %2 · Imported from a file: %3</source>
        <translation>%1 · %2 · Importado de un archivo: %3</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4</source>
        <translation>%1 · %2 · %3: %4</translation>
    </message>
</context>
<context>
    <name>fd::ComplaintDialog</name>
    <message>
        <source>Register a complaint</source>
        <translation>Registrar un reclamo</translation>
    </message>
    <message>
        <source>Optional: the work order it is about</source>
        <translation>Opcional: la orden de trabajo a la que se refiere</translation>
    </message>
    <message>
        <source>The order&apos;s unit</source>
        <translation>La unidad de la orden</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>What the customer complains about, in their words</source>
        <translation>De qué se queja el cliente, con sus palabras</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Número de orden</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Received now; the complaint starts open and waits for an evaluator&apos;s verdict.</source>
        <translation>Se recibe ahora; el reclamo queda abierto a la espera del dictamen de un evaluador.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrar</translation>
    </message>
</context>
<context>
    <name>fd::ComplaintFilterBar</name>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Todas las unidades</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>fd::ComplaintImporter</name>
    <message>
        <source>is set, but the complaint is open</source>
        <translation>está lleno, pero el reclamo está abierto</translation>
    </message>
    <message>
        <source>is empty; a %1 complaint was judged at some time</source>
        <translation>está vacío; un reclamo en estado %1 se juzgó en algún momento</translation>
    </message>
    <message>
        <source>is before the complaint was received</source>
        <translation>es anterior a la recepción del reclamo</translation>
    </message>
    <message>
        <source>is empty; a verified complaint says whether the staff caused it</source>
        <translation>está vacío; un reclamo verificado indica si lo causó el personal</translation>
    </message>
    <message>
        <source>is set, but the complaint was rejected</source>
        <translation>está lleno, pero el reclamo fue rechazado</translation>
    </message>
    <message>
        <source>the order %1 belongs to the unit “%2”</source>
        <translation>la orden %1 pertenece a la unidad «%2»</translation>
    </message>
    <message>
        <source>is empty; a complaint without an order names its unit</source>
        <translation>está vacío; un reclamo sin orden indica su unidad</translation>
    </message>
    <message>
        <source>there is no unit “%1”</source>
        <translation>no existe la unidad «%1»</translation>
    </message>
</context>
<context>
    <name>fd::ComplaintModel</name>
    <message>
        <source>Staff caused</source>
        <translation>Causado por el personal</translation>
    </message>
    <message>
        <source>Not staff caused</source>
        <translation>No causado por el personal</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Dictamen</translation>
    </message>
</context>
<context>
    <name>fd::ComplaintService</name>
    <message>
        <source>A complaint cannot be received in the future.</source>
        <translation>Un reclamo no puede recibirse en el futuro.</translation>
    </message>
    <message>
        <source>Describe what the customer complains about.</source>
        <translation>Describa de qué se queja el cliente.</translation>
    </message>
    <message>
        <source>There is no order “%1”.</source>
        <translation>No existe la orden «%1».</translation>
    </message>
    <message>
        <source>The order %1 belongs to the unit “%2”, not “%3”.</source>
        <translation>La orden %1 pertenece a la unidad «%2», no a «%3».</translation>
    </message>
    <message>
        <source>Name the order or the unit the complaint is about.</source>
        <translation>Indique la orden o la unidad a la que se refiere el reclamo.</translation>
    </message>
    <message>
        <source>There is no unit “%1”.</source>
        <translation>No existe la unidad «%1».</translation>
    </message>
    <message>
        <source>Say why the complaint is rejected.</source>
        <translation>Indique por qué se rechaza el reclamo.</translation>
    </message>
    <message>
        <source>There is no complaint %1.</source>
        <translation>No existe el reclamo %1.</translation>
    </message>
    <message>
        <source>Complaint %1 was changed by someone else after you opened it; reload it.</source>
        <translation>Otra persona cambió el reclamo %1 después de que usted lo abriera; vuelva a cargarlo.</translation>
    </message>
    <message>
        <source>Complaint %1 is already %2.</source>
        <translation>El reclamo %1 ya está en estado %2.</translation>
    </message>
    <message>
        <source>Say how the complaint was resolved.</source>
        <translation>Indique cómo se resolvió el reclamo.</translation>
    </message>
    <message>
        <source>Complaint %1 must be verified or rejected before it is resolved.</source>
        <translation>El reclamo %1 debe verificarse o rechazarse antes de resolverse.</translation>
    </message>
    <message>
        <source>The receipt time %1.</source>
        <translation>La hora de recepción %1.</translation>
    </message>
    <message>
        <source>The description %1.</source>
        <translation>La descripción %1.</translation>
    </message>
</context>
<context>
    <name>fd::ComplaintSource</name>
    <message>
        <source>Callback</source>
        <translation>Llamada de seguimiento</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Línea de atención</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>fd::ComplaintStatus</name>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
</context>
<context>
    <name>fd::ComplaintVerdict</name>
    <message>
        <source>%1, caused by the staff</source>
        <translation>%1, causado por el personal</translation>
    </message>
    <message>
        <source>%1, not caused by the staff</source>
        <translation>%1, no causado por el personal</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: «%2»</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Dictamen</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
</context>
<context>
    <name>fd::ComplaintsPage</name>
    <message>
        <source>Complaints</source>
        <translation>Reclamos</translation>
    </message>
    <message>
        <source>Daily bulletin</source>
        <translation>Boletín diario</translation>
    </message>
</context>
<context>
    <name>fd::ComplaintsTab</name>
    <message>
        <source>Search description, order, unit (Ctrl+F)</source>
        <translation>Buscar descripción, orden, unidad (Ctrl+F)</translation>
    </message>
    <message>
        <source>Register…</source>
        <translation>Registrar…</translation>
    </message>
    <message>
        <source>A complaint from the hotline or elsewhere (Ctrl+N)</source>
        <translation>Un reclamo de la línea de atención u otro origen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>Verificar…</translation>
    </message>
    <message>
        <source>Confirm the complaint and say whether the maintenance staff caused it</source>
        <translation>Confirmar el reclamo e indicar si lo causó el personal de mantenimiento</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Rechazar…</translation>
    </message>
    <message>
        <source>The complaint does not stand; say why</source>
        <translation>El reclamo no procede; indique por qué</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Resolver…</translation>
    </message>
    <message>
        <source>Record how a verified or rejected complaint was closed with the customer</source>
        <translation>Registrar cómo se cerró con el cliente un reclamo verificado o rechazado</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Filas: %1</translation>
    </message>
    <message>
        <source>Rows: %1 of %2</source>
        <translation>Filas: %1 de %2</translation>
    </message>
    <message>
        <source>%1 · open: %2</source>
        <translation>%1 · abiertos: %2</translation>
    </message>
    <message>
        <source>Registered complaint %1 against unit %2.</source>
        <translation>Se registró el reclamo %1 contra la unidad %2.</translation>
    </message>
    <message>
        <source>Complaint %1 is now: %2.</source>
        <translation>El reclamo %1 queda: %2.</translation>
    </message>
</context>
<context>
    <name>fd::ComplianceModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1: short by %2 (holds %3, the rules require %4)</source>
        <translation>%1: faltan %2 (tiene %3, las reglas exigen %4)</translation>
    </message>
    <message>
        <source>%1: holds %2, the rules require %3</source>
        <translation>%1: tiene %2, las reglas exigen %3</translation>
    </message>
    <message>
        <source>Today %1 subscribers; %2 after the planned growth</source>
        <translation>Hoy %1 abonados; %2 tras el crecimiento previsto</translation>
    </message>
    <message>
        <source>No active team of the unit covers %1.</source>
        <translation>Ninguna cuadrilla activa de la unidad cubre %1.</translation>
    </message>
    <message>
        <source>%1: what the unit holds / what the rules require</source>
        <translation>%1: lo que tiene la unidad / lo que exigen las reglas</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Projected subscribers</source>
        <translation>Abonados previstos</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Abonados</translation>
    </message>
    <message>
        <source>Areas no team covers</source>
        <translation>Zonas sin cuadrilla</translation>
    </message>
</context>
<context>
    <name>fd::CompliancePage</name>
    <message>
        <source>Plan for subscriber growth of</source>
        <translation>Planificar un crecimiento de abonados de</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Each unit&apos;s subscribers become S × (1 + P/100), rounded half up; 0 is today.</source>
        <translation>Los abonados de cada unidad pasan a S × (1 + P/100), redondeado al alza desde la mitad; 0 es hoy.</translation>
    </message>
    <message>
        <source>Only units that fall short</source>
        <translation>Solo las unidades que no cumplen</translation>
    </message>
    <message>
        <source>Search unit, name, status, area (Ctrl+F)</source>
        <translation>Buscar unidad, nombre, estado, zona (Ctrl+F)</translation>
    </message>
    <message>
        <source>The compliance report could not be made: %1</source>
        <translation>No se pudo elaborar el informe de cumplimiento: %1</translation>
    </message>
    <message>
        <source>%1 of %2 units meet every allocation rule</source>
        <translation>%1 de %2 unidades cumplen todas las reglas de dotación</translation>
    </message>
    <message>
        <source>With %1 subscriber growth, %2 of %3 units would meet every allocation rule</source>
        <translation>Con un crecimiento de abonados de %1, %2 de %3 unidades cumplirían todas las reglas de dotación</translation>
    </message>
    <message>
        <source>areas no team covers</source>
        <translation>zonas sin cuadrilla</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Falling short — %1</source>
        <translation>No cumplen — %1</translation>
    </message>
    <message>
        <source>Each cell shows what the unit holds / what the rules require. Red cells fall short; hover a cell for the shortfall. Rules version %1; retired units are not listed.</source>
        <translation>Cada celda muestra lo que tiene la unidad / lo que exigen las reglas. Las celdas rojas no cumplen; pase el ratón sobre una celda para ver el faltante. Versión de reglas %1; las unidades retiradas no se listan.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>The report as PDF, Excel workbook or CSV</source>
        <translation>El informe en PDF, libro de Excel o CSV</translation>
    </message>
    <message>
        <source>Export the compliance report</source>
        <translation>Exportar el informe de cumplimiento</translation>
    </message>
    <message>
        <source>Saved the compliance report to %1.</source>
        <translation>Se guardó el informe de cumplimiento en %1.</translation>
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
    <message>
        <source>is empty; it must be a date and time (ISO 8601)</source>
        <translation>está vacío; debe ser una fecha y hora (ISO 8601)</translation>
    </message>
    <message>
        <source>“%1” is not a date and time (ISO 8601, e.g. 2026-11-20T09:30:00-05:00)</source>
        <translation>«%1» no es una fecha y hora (ISO 8601, p. ej. 2026-11-20T09:30:00-05:00)</translation>
    </message>
    <message>
        <source>a quoted field that starts here runs on for more than %1 MiB; is its closing quote missing?</source>
        <translation>un campo entre comillas que empieza aquí continúa durante más de %1 MiB; ¿falta la comilla de cierre?</translation>
    </message>
    <message>
        <source>the line is longer than %1 MiB; this is not a CSV file of FiberDesk&apos;s kinds</source>
        <translation>la línea mide más de %1 MiB; no es un archivo CSV de los tipos de FiberDesk</translation>
    </message>
    <message>
        <source>the columns are separated by %1, not by commas; save the file as “CSV UTF-8 (comma delimited)” or choose the comma as the separator</source>
        <translation>las columnas están separadas por %1, no por comas; guarde el archivo como «CSV UTF-8 (delimitado por comas)» o elija la coma como separador</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabuladores</translation>
    </message>
    <message>
        <source>save it from the spreadsheet as “CSV UTF-8 (comma delimited)”</source>
        <translation>guárdelo desde la hoja de cálculo como «CSV UTF-8 (delimitado por comas)»</translation>
    </message>
    <message>
        <source>the file is %1, not a CSV text file; %2</source>
        <translation>el archivo es %1, no un archivo de texto CSV; %2</translation>
    </message>
    <message>
        <source>the file is UTF-32 text, not UTF-8; %1</source>
        <translation>el archivo es texto UTF-32, no UTF-8; %1</translation>
    </message>
    <message>
        <source>the file is UTF-16 text (what Excel calls “Unicode text”), not UTF-8; %1</source>
        <translation>el archivo es texto UTF-16 (lo que Excel llama «texto Unicode»), no UTF-8; %1</translation>
    </message>
    <message>
        <source>a spreadsheet workbook or another ZIP archive (.xlsx, .ods, .zip)</source>
        <translation>un libro de hoja de cálculo u otro archivo ZIP (.xlsx, .ods, .zip)</translation>
    </message>
    <message>
        <source>an old Excel workbook (.xls)</source>
        <translation>un libro de Excel antiguo (.xls)</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <source>an SQLite database (a FiberDesk database or backup?)</source>
        <translation>una base de datos SQLite (¿una base de datos o copia de seguridad de FiberDesk?)</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>una imagen</translation>
    </message>
    <message>
        <source>a compressed file (gzip)</source>
        <translation>un archivo comprimido (gzip)</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>un programa</translation>
    </message>
    <message>
        <source>the file seems to be UTF-16 text without a byte-order mark, not UTF-8; %1</source>
        <translation>el archivo parece texto UTF-16 sin marca de orden de bytes, no UTF-8; %1</translation>
    </message>
    <message>
        <source>GBK/GB18030 (Simplified Chinese Windows)</source>
        <translation>GBK/GB18030 (Windows en chino simplificado)</translation>
    </message>
    <message>
        <source>Latin-1 or Windows-1252 (Western European Windows)</source>
        <translation>Latin-1 o Windows-1252 (Windows de Europa occidental)</translation>
    </message>
    <message>
        <source>the line has more than %1 fields; this is not a CSV file of FiberDesk&apos;s kinds</source>
        <translation>la línea tiene más de %1 campos; no es un archivo CSV de los tipos de FiberDesk</translation>
    </message>
    <message>
        <source>the header row names no column; the columns are %1</source>
        <translation>la fila de encabezado no nombra ninguna columna; las columnas son %1</translation>
    </message>
    <message>
        <source>“%1” is a number in scientific notation: the spreadsheet took the column for numbers and rounded it. Format the column as text (or as a number with no decimals), put the full values back and save the file again</source>
        <translation>«%1» es un número en notación científica: la hoja de cálculo tomó la columna por números y lo redondeó. Dé a la columna formato de texto (o de número sin decimales), vuelva a poner los valores completos y guarde el archivo de nuevo</translation>
    </message>
    <message>
        <source>the text is not UTF-8; it seems to be %1: %2, or import it with the encoding %3 (--encoding %3)</source>
        <translation>el texto no está en UTF-8; parece estar en %1: %2, o impórtelo con la codificación %3 (--encoding %3)</translation>
    </message>
    <message>
        <source>the bytes here are not valid %1 text; is the file in another encoding (UTF-8, GB18030, windows-1252)?</source>
        <translation>estos bytes no son texto %1 válido; ¿está el archivo en otra codificación (UTF-8, GB18030, windows-1252)?</translation>
    </message>
    <message>
        <source>“%1” looks like Chinese text saved in GBK/GB18030 and read as UTF-8; import the file with the encoding GB18030 (--encoding GB18030), or, if the text is right, with the encoding UTF-8 (--encoding UTF-8)</source>
        <translation>«%1» parece texto chino guardado en GBK/GB18030 y leído como UTF-8; importe el archivo con la codificación GB18030 (--encoding GB18030) o, si el texto es correcto, con la codificación UTF-8 (--encoding UTF-8)</translation>
    </message>
</context>
<context>
    <name>fd::DailyBackupJob</name>
    <message>
        <source>Today&apos;s backup was stopped as FiberDesk closed; no part of it was left on the disk. The next start of FiberDesk makes it.</source>
        <translation>La copia de hoy se detuvo al cerrarse FiberDesk; no quedó ninguna parte de ella en el disco. El próximo inicio de FiberDesk la hará.</translation>
    </message>
</context>
<context>
    <name>fd::DataExport</name>
    <message>
        <source>There is no export of this kind.</source>
        <translation>No hay ninguna exportación de este tipo.</translation>
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
        <source>“%1” holds tables that are not FiberDesk&apos;s; it was left untouched.</source>
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
    <message>
        <source>The database “%1” is on a read-only disk or in a read-only folder, and its last changes are in “%2” beside it, which cannot be merged there. Copy both files to a folder that can be written and open the copy.</source>
        <translation>La base de datos «%1» está en un disco o carpeta de solo lectura, y sus últimos cambios están en «%2», a su lado, que no se pueden incorporar allí. Copie ambos archivos a una carpeta en la que se pueda escribir y abra la copia.</translation>
    </message>
    <message>
        <source>“%1” is a device, pipe or socket, not a database file.</source>
        <translation>«%1» es un dispositivo, una tubería o un socket, no un archivo de base de datos.</translation>
    </message>
    <message>
        <source>Cannot create the database “%1”: the folder “%2” does not exist. Create the folder first.</source>
        <translation>No se puede crear la base de datos «%1»: la carpeta «%2» no existe. Cree primero la carpeta.</translation>
    </message>
    <message>
        <source>Cannot create the database “%1”: %2.</source>
        <translation>No se puede crear la base de datos «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” is empty, not a FiberDesk database. Create one with “fiberdesk-cli init”.</source>
        <translation>«%1» está vacío; no es una base de datos de FiberDesk. Cree una con «fiberdesk-cli init».</translation>
    </message>
    <message>
        <source>The database “%1” has an older schema (version %2 of %3). Upgrade it with “fiberdesk-cli init” first; a reading command changes nothing.</source>
        <translation>La base de datos «%1» tiene un esquema anterior (versión %2 de %3). Actualícela primero con «fiberdesk-cli init»; un comando de lectura no cambia nada.</translation>
    </message>
    <message>
        <source>“%1” is not a FiberDesk database, or its first page is damaged. If it was one, restore its latest backup with “fiberdesk-cli restore FILE”.</source>
        <translation>«%1» no es una base de datos de FiberDesk, o su primera página está dañada. Si lo era, restaure su última copia de seguridad con «fiberdesk-cli restore ARCHIVO».</translation>
    </message>
    <message>
        <source>The database refused the change: a record with the same key is already there, so nothing was saved.</source>
        <translation>La base de datos rechazó el cambio: ya hay un registro con la misma clave, así que no se guardó nada.</translation>
    </message>
    <message>
        <source>The database refused the change: it names a record that does not exist, or removes one that others still name, so nothing was saved.</source>
        <translation>La base de datos rechazó el cambio: nombra un registro que no existe, o quita uno que otros aún nombran, así que no se guardó nada.</translation>
    </message>
    <message>
        <source>The database refused the change: a value is missing or outside what the record allows, so nothing was saved.</source>
        <translation>La base de datos rechazó el cambio: falta un valor o está fuera de lo que el registro admite, así que no se guardó nada.</translation>
    </message>
    <message>
        <source>The database cannot be changed: its file, its folder or its disk is read-only, so nothing was saved.</source>
        <translation>No se puede modificar la base de datos: su archivo, su carpeta o su disco son de solo lectura, así que no se guardó nada.</translation>
    </message>
    <message>
        <source>The disk that holds the database is full, so nothing was saved. Free some space and try again.</source>
        <translation>El disco que contiene la base de datos está lleno, así que no se guardó nada. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Another program has kept the database locked for more than %1 seconds, so nothing was saved. Try again when it has finished.</source>
        <translation>Otro programa ha mantenido bloqueada la base de datos más de %1 segundos, así que no se guardó nada. Inténtelo de nuevo cuando haya terminado.</translation>
    </message>
    <message>
        <source>The database file is damaged (SQLite code %1). Nothing was changed; restore the latest backup with “fiberdesk-cli restore FILE”.</source>
        <translation>El archivo de la base de datos está dañado (código SQLite %1). No se cambió nada; restaure la última copia de seguridad con «fiberdesk-cli restore ARCHIVO».</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the database, so nothing was changed.</source>
        <translation>El disco informó de un error al leer o escribir la base de datos, así que no se cambió nada.</translation>
    </message>
    <message>
        <source>The database file cannot be opened: check that it and its folder exist and may be read and written (SQLite keeps working files beside it).</source>
        <translation>No se puede abrir el archivo de la base de datos: compruebe que él y su carpeta existen y se pueden leer y escribir (SQLite guarda archivos de trabajo a su lado).</translation>
    </message>
    <message>
        <source>The database refused the change as breaking one of its rules, so nothing was saved.</source>
        <translation>La base de datos rechazó el cambio porque incumple una de sus reglas, así que no se guardó nada.</translation>
    </message>
    <message>
        <source>The database ran out of memory or met a value too large, so nothing was saved.</source>
        <translation>La base de datos se quedó sin memoria o encontró un valor demasiado grande, así que no se guardó nada.</translation>
    </message>
    <message>
        <source>The database does not have the layout this FiberDesk expects (SQLite code %1): was it changed by another program? Nothing was saved.</source>
        <translation>La base de datos no tiene la estructura que espera este FiberDesk (código SQLite %1): ¿la cambió otro programa? No se guardó nada.</translation>
    </message>
    <message>
        <source>The database reported error %1, so nothing was saved. The program&apos;s log has SQLite&apos;s own words.</source>
        <translation>La base de datos informó del error %1, así que no se guardó nada. El registro del programa tiene las palabras del propio SQLite.</translation>
    </message>
    <message>
        <source>the table %1 does not have the check this upgrade expects</source>
        <translation>la tabla %1 no tiene la restricción que esta actualización espera</translation>
    </message>
    <message>
        <source>The connection to the database server was lost: %1</source>
        <translation>Se perdió la conexión con el servidor de la base de datos: %1</translation>
    </message>
    <message>
        <source>The orders have outgrown the search index (an order&apos;s row number above %1); nothing was imported.</source>
        <translation>Las órdenes han superado el índice de búsqueda (el número de fila de una orden pasa de %1); no se importó nada.</translation>
    </message>
    <message>
        <source>Upgrading the database %1 from schema version %2 to %3…</source>
        <translation>Actualizando la base de datos %1 de la versión del esquema %2 a la %3…</translation>
    </message>
    <message>
        <source>Upgrading the database %1 from schema version %2 to %3. It holds about %4 orders, and rebuilding their indexes can take many minutes. The upgrade is one transaction: if it is stopped, the database stays as it was.</source>
        <translation>Actualizando la base de datos %1 de la versión del esquema %2 a la %3. Contiene unas %4 órdenes, y reconstruir sus índices puede tardar muchos minutos. La actualización es una sola transacción: si se detiene, la base de datos queda como estaba.</translation>
    </message>
</context>
<context>
    <name>fd::DatabaseLocationDialog</name>
    <message>
        <source>Use another database</source>
        <translation>Usar otra base de datos</translation>
    </message>
    <message>
        <source>A database file on this computer, or a PostgreSQL server shared by several desks (postgresql://user@host:5432/fiberdesk). FiberDesk opens it the next time it starts; a new file is created there and then.</source>
        <translation>Un archivo de base de datos en este equipo, o un servidor PostgreSQL compartido por varios puestos (postgresql://usuario@servidor:5432/fiberdesk). FiberDesk la abrirá la próxima vez que se inicie; un archivo nuevo se crea en ese momento.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Standard location</source>
        <translation>Ubicación estándar</translation>
    </message>
    <message>
        <source>Choose or name a database file</source>
        <translation>Elija o nombre un archivo de base de datos</translation>
    </message>
    <message>
        <source>FiberDesk databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de datos de FiberDesk (*.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Name a database file or a postgresql:// URL.</source>
        <translation>Indique un archivo de base de datos o una URL postgresql://.</translation>
    </message>
</context>
<context>
    <name>fd::DayPlan</name>
    <message>
        <source>Ends before its deadline</source>
        <translation>Termina antes de su plazo</translation>
    </message>
    <message>
        <source>No covering team has room before the deadline: the least late window</source>
        <translation>Ninguna cuadrilla con cobertura tiene hueco antes del plazo: la franja menos tardía</translation>
    </message>
    <message>
        <source>Due tomorrow: placed in room today</source>
        <translation>Vence mañana: colocada en un hueco de hoy</translation>
    </message>
    <message>
        <source>No team of an active unit with technicians covers the area</source>
        <translation>Ninguna cuadrilla de una unidad activa con técnicos cubre la zona</translation>
    </message>
    <message>
        <source>The covering teams&apos; day is full</source>
        <translation>La jornada de las cuadrillas con cobertura está completa</translation>
    </message>
    <message>
        <source>The team it is assigned to has no active technicians or unit</source>
        <translation>La cuadrilla asignada no tiene técnicos activos o su unidad no está activa</translation>
    </message>
    <message>
        <source>Too little of the working day is left for the job</source>
        <translation>Queda muy poca jornada para el trabajo</translation>
    </message>
    <message>
        <source>Already overdue: the earliest end possible</source>
        <translation>Ya vencida: el fin más temprano posible</translation>
    </message>
</context>
<context>
    <name>fd::DaySheet</name>
    <message>
        <source>Day sheet of team %1</source>
        <translation>Hoja del día de la cuadrilla %1</translation>
    </message>
    <message>
        <source>%1 · working hours %2–%3</source>
        <translation>%1 · horario de trabajo %2–%3</translation>
    </message>
    <message>
        <source>Technicians: %1</source>
        <translation>Técnicos: %1</translation>
    </message>
    <message>
        <source>none active</source>
        <translation>ninguno activo</translation>
    </message>
    <message numerus="yes">
        <source>Visits: %n · booked: %1 h</source>
        <translation>
            <numerusform>Visitas: %n · reservado: %1 h</numerusform>
            <numerusform>Visitas: %n · reservado: %1 h</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
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
        <source>There is no active unit with teams to give orders to.</source>
        <translation>No hay ninguna unidad activa con cuadrillas a la que dar órdenes.</translation>
    </message>
    <message>
        <source>Writing the demo orders was cancelled.</source>
        <translation>Se canceló la escritura de las órdenes de demostración.</translation>
    </message>
    <message>
        <source>Inspected on site</source>
        <translation>Inspeccionada en el sitio</translation>
    </message>
    <message>
        <source>The customer moved the appointment by phone the day before; the call is in the CRM notes, so the new time should be the deadline.</source>
        <translation>El cliente cambió la cita por teléfono el día anterior; la llamada consta en las notas del CRM, así que el plazo debe ser la nueva hora.</translation>
    </message>
    <message>
        <source>The customer&apos;s router was not ours; the fault was in the customer&apos;s own equipment, not the technician&apos;s work.</source>
        <translation>El router del cliente no era nuestro; la falla estaba en el equipo propio del cliente, no en el trabajo del técnico.</translation>
    </message>
    <message>
        <source>The photos show our ONT replaced badly; the complaint stands.</source>
        <translation>Las fotos muestran nuestra ONT mal reemplazada; la queja se mantiene.</translation>
    </message>
    <message>
        <source>The second fault was a cable cut by road works, logged by the municipality; it has nothing to do with the first repair.</source>
        <translation>La segunda falla fue un cable cortado por obras viales, registrado por la municipalidad; no tiene nada que ver con la primera reparación.</translation>
    </message>
    <message>
        <source>The municipality&apos;s notice confirms the cut: not a repeat of our repair.</source>
        <translation>El aviso de la municipalidad confirma el corte: no es una repetición de nuestra reparación.</translation>
    </message>
</context>
<context>
    <name>fd::DesktopMain</name>
    <message>
        <source>FiberDesk cannot start</source>
        <translation>FiberDesk no puede iniciarse</translation>
    </message>
    <message>
        <source>FiberDesk cannot open the database %1.</source>
        <translation>FiberDesk no puede abrir la base de datos %1.</translation>
    </message>
    <message>
        <source>Use another database…</source>
        <translation>Usar otra base de datos…</translation>
    </message>
    <message>
        <source>FiberDesk: work orders, callbacks and monthly scoring for broadband field maintenance.</source>
        <translation>FiberDesk: órdenes de trabajo, llamadas de seguimiento y evaluación mensual del mantenimiento de banda ancha.</translation>
    </message>
    <message>
        <source>The database to open (a file or a postgresql:// URL).</source>
        <translation>La base de datos que se abre (un archivo o una URL postgresql://).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <source>Save a picture of every page into DIR and quit.</source>
        <translation>Guardar una imagen de cada página en DIR y salir.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database needs --user NAME for an unattended run.</source>
        <translation>Una base de datos PostgreSQL compartida requiere --user NOMBRE para una ejecución desatendida.</translation>
    </message>
    <message>
        <source>With --screenshots: act as this user, the password taken from FIBERDESK_PASSWORD.</source>
        <translation>Con --screenshots: actuar como este usuario, con la contraseña de FIBERDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>The database %1 is read-only (its file, folder or disk cannot be written): you can look at everything, but nothing you change can be saved.</source>
        <translation>La base de datos %1 es de solo lectura (no se puede escribir en su archivo, carpeta o disco): puede consultarlo todo, pero no se podrá guardar ningún cambio.</translation>
    </message>
    <message>
        <source>FiberDesk</source>
        <translation>FiberDesk</translation>
    </message>
    <message>
        <source>FiberDesk — database server</source>
        <translation>FiberDesk — servidor de base de datos</translation>
    </message>
    <message>
        <source>Password of %1 for the database %2 on %3:</source>
        <translation>Contraseña de %1 para la base de datos %2 en %3:</translation>
    </message>
    <message>
        <source>No password was given for %1.</source>
        <translation>No se indicó ninguna contraseña para %1.</translation>
    </message>
    <message>
        <source>The program&apos;s icon %1 is missing from its resources.</source>
        <translation>Falta el icono del programa %1 en sus recursos.</translation>
    </message>
    <message>
        <source>The %1 translation was not found in %2; FiberDesk speaks English.</source>
        <translation>No se encontró la traducción %1 en %2; FiberDesk se muestra en inglés.</translation>
    </message>
    <message>
        <source>Quit by itself SECONDS after starting, as if the window were closed (to check an installation).</source>
        <translation>Cerrarse solo al cabo de SEGUNDOS segundos, como si se cerrara la ventana (para comprobar una instalación).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>--quit-after needs a number of seconds from 0 to 86400, not “%1”.</source>
        <translation>--quit-after necesita un número de segundos entre 0 y 86400, no «%1».</translation>
    </message>
    <message>
        <source>FiberDesk — upgrading the database</source>
        <translation>FiberDesk — actualizando la base de datos</translation>
    </message>
</context>
<context>
    <name>fd::DispatchPage</name>
    <message>
        <source>Open orders whose deadline has passed before the visit: show only them</source>
        <translation>Órdenes abiertas cuyo plazo venció antes de la visita: mostrar solo esas</translation>
    </message>
    <message>
        <source>Open orders due within the next two hours: show only them</source>
        <translation>Órdenes abiertas que vencen en las próximas dos horas: mostrar solo esas</translation>
    </message>
    <message>
        <source>Orders no team has taken yet: show only them</source>
        <translation>Órdenes que ninguna cuadrilla ha tomado: mostrar solo esas</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>Ta&amp;blero</translation>
    </message>
    <message>
        <source>New order… (Ctrl+N)</source>
        <translation>Nueva orden… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Assign… (A)</source>
        <translation>Asignar… (A)</translation>
    </message>
    <message>
        <source>Open order (Enter)</source>
        <translation>Abrir orden (Intro)</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Actualizar (F5)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>Saved order %1.</source>
        <translation>Orden %1 guardada.</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Vencidas: %1</translation>
    </message>
    <message>
        <source>Due within 2 h: %1</source>
        <translation>Vencen en 2 h: %1</translation>
    </message>
    <message>
        <source>Unassigned: %1</source>
        <translation>Sin asignar: %1</translation>
    </message>
    <message>
        <source>Unassigned lane — every open order has a team</source>
        <translation>Carril sin asignar — todas las órdenes abiertas tienen cuadrilla</translation>
    </message>
    <message>
        <source>Order %1 assigned to %2.</source>
        <translation>Orden %1 asignada a %2.</translation>
    </message>
    <message>
        <source>Order %1 created; it is in the unassigned lane.</source>
        <translation>Orden %1 creada; está en el carril sin asignar.</translation>
    </message>
    <message>
        <source>More than %1 orders on the board</source>
        <translation>Más de %1 órdenes en el tablero</translation>
    </message>
    <message>
        <source>Unassigned lane — more than %1 orders nobody has taken, the earliest deadline first (A assigns)</source>
        <translation>Carril sin asignar — más de %1 órdenes que nadie ha tomado, primero el plazo más próximo (A asigna)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders on the board</source>
        <translation>
            <numerusform>%Ln orden en el tablero</numerusform>
            <numerusform>%Ln órdenes en el tablero</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassigned lane — %Ln orders nobody has taken, the earliest deadline first (A assigns)</source>
        <translation>
            <numerusform>Carril sin asignar — %Ln orden que nadie ha tomado, primero el plazo más próximo (A asigna)</numerusform>
            <numerusform>Carril sin asignar — %Ln órdenes que nadie ha tomado, primero el plazo más próximo (A asigna)</numerusform>
        </translation>
    </message>
    <message>
        <source>Team&apos;s da&amp;y</source>
        <translation>Día de la cuad&amp;rilla</translation>
    </message>
    <message>
        <source>SLA colours: &lt;span style=&apos;background:%1;color:%2&apos;&gt;&amp;nbsp;overdue&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%3;color:%4&apos;&gt;&amp;nbsp;due within 2 h&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%5;color:%6&apos;&gt;&amp;nbsp;met&amp;nbsp;&lt;/span&gt; · hover a deadline for the time left</source>
        <translation>Colores del SLA: &lt;span style=&apos;background:%1;color:%2&apos;&gt;&amp;nbsp;vencida&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%3;color:%4&apos;&gt;&amp;nbsp;vence en menos de 2 h&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%5;color:%6&apos;&gt;&amp;nbsp;cumplida&amp;nbsp;&lt;/span&gt; · pase el ratón por un plazo para ver el tiempo restante</translation>
    </message>
    <message>
        <source>No order matches “%1”</source>
        <translation>Ninguna orden coincide con «%1»</translation>
    </message>
    <message>
        <source>Unassigned lane — no open order without a team matches “%1”</source>
        <translation>Carril sin asignar — ninguna orden abierta sin cuadrilla coincide con «%1»</translation>
    </message>
    <message>
        <source>Team s&amp;chedule</source>
        <translation>A&amp;genda de cuadrillas</translation>
    </message>
    <message>
        <source>Orders whose team has been on site longer than the setting (default 4 h): show only them</source>
        <translation>Órdenes cuya cuadrilla lleva en sitio más de lo configurado (4 h por defecto): mostrar solo esas</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Restablecer vista</translation>
    </message>
    <message>
        <source>Forget the remembered filters, lanes, sort and columns of this board and show its defaults</source>
        <translation>Olvidar los filtros, carriles, orden y columnas recordados de este tablero y mostrar los valores por defecto</translation>
    </message>
    <message>
        <source>The board&apos;s filters, sort and columns are back to their defaults.</source>
        <translation>Los filtros, el orden y las columnas del tablero volvieron a sus valores por defecto.</translation>
    </message>
    <message>
        <source>Stuck on site: %1</source>
        <translation>Atascadas en sitio: %1</translation>
    </message>
</context>
<context>
    <name>fd::EquipmentDialog</name>
    <message>
        <source>Equipment</source>
        <translation>Equipamiento</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>En manos de</translation>
    </message>
    <message>
        <source>Four-wheel vehicles also count as special vehicles. Team equipment counts towards its unit.</source>
        <translation>Los vehículos 4×4 también cuentan como vehículos especiales. El equipamiento de una cuadrilla cuenta para su unidad.</translation>
    </message>
    <message>
        <source>Equipment of %1</source>
        <translation>Equipamiento de %1</translation>
    </message>
    <message>
        <source>Unit’s shared stock</source>
        <translation>Existencias comunes de la unidad</translation>
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
    <name>fd::EquipmentModel</name>
    <message>
        <source>Unit’s shared stock</source>
        <translation>Existencias comunes de la unidad</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>En manos de</translation>
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
    <name>fd::EquipmentTab</name>
    <message>
        <source>Search unit or team (Ctrl+F)</source>
        <translation>Buscar unidad o cuadrilla (Ctrl+F)</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipamiento</translation>
    </message>
    <message>
        <source>Saved the equipment count.</source>
        <translation>Se guardó la cantidad de equipamiento.</translation>
    </message>
</context>
<context>
    <name>fd::EvaluationModel</name>
    <message>
        <source>Final</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>On time %1 of %2 orders due</source>
        <translation>A tiempo %1 de %2 órdenes con plazo</translation>
    </message>
    <message>
        <source>%1 repeat faults among %2 repairs</source>
        <translation>%1 fallas repetidas entre %2 reparaciones</translation>
    </message>
    <message>
        <source>%1 of %2 answers yes in %3 callbacks reached; %4 complaints cost %5 points</source>
        <translation>%1 de %2 respuestas «sí» en %3 llamadas de seguimiento atendidas; %4 reclamos restan %5 puntos</translation>
    </message>
    <message>
        <source>Not entered yet; the month cannot be finalized without it.</source>
        <translation>Aún no ingresada; sin ella no se puede cerrar el mes.</translation>
    </message>
    <message>
        <source>Without the machine-room score, still to enter: a strike unless it is at least %1.</source>
        <translation>Sin la nota de sala de equipos, aún pendiente: será falta salvo que la nota sea de al menos %1.</translation>
    </message>
    <message>
        <source>Without the machine-room score, still to enter: below %1 whatever it is.</source>
        <translation>Sin la nota de sala de equipos, aún pendiente: por debajo de %1 sea cual sea.</translation>
    </message>
    <message>
        <source>Without the machine-room score, still to enter: %1 or more already.</source>
        <translation>Sin la nota de sala de equipos, aún pendiente: ya alcanza %1 o más.</translation>
    </message>
    <message>
        <source>Below %1: a strike</source>
        <translation>Por debajo de %1: una falta</translation>
    </message>
    <message>
        <source>%1 or more: no strike</source>
        <translation>%1 o más: sin falta</translation>
    </message>
    <message>
        <source>Finalized %1 by %2 with rules version %3</source>
        <translation>Cerrada el %1 por %2 con la versión de reglas %3</translation>
    </message>
    <message>
        <source>Computed now with rules version %1; it changes with the data until the month is finalized.</source>
        <translation>Calculada ahora con la versión de reglas %1; cambia con los datos hasta que se cierre el mes.</translation>
    </message>
    <message>
        <source>Strikes in the %1 months ending with this month: %2; at %3 the contract ends.</source>
        <translation>Faltas en los %1 meses que terminan con este: %2; con %3 termina el contrato.</translation>
    </message>
    <message>
        <source>Out of %1: the weight times the on-time rate</source>
        <translation>Sobre %1: el peso por la tasa de puntualidad</translation>
    </message>
    <message>
        <source>Out of %1: the weight times one minus the repeat rate</source>
        <translation>Sobre %1: el peso por uno menos la tasa de repetición</translation>
    </message>
    <message>
        <source>Out of %1: the weight times the callbacks&apos; yes-rate, minus complaint penalties</source>
        <translation>Sobre %1: el peso por la tasa de «sí» de las llamadas de seguimiento, menos las penalizaciones por reclamos</translation>
    </message>
    <message>
        <source>Out of %1: entered by an evaluator after inspection</source>
        <translation>Sobre %1: la ingresa un evaluador tras la inspección</translation>
    </message>
    <message>
        <source>Strikes among the finalized months of the last %1 months</source>
        <translation>Faltas entre los meses cerrados de los últimos %1 meses</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>Puntualidad</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Machine room</source>
        <translation>Sala de equipos</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Strike</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Unit status</source>
        <translation>Estado de la unidad</translation>
    </message>
    <message>
        <source>Strikes in window</source>
        <translation>Faltas en el periodo</translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation>Subsanar antes de</translation>
    </message>
    <message>
        <source>On time %1 of %2 orders due; removals on time %3 of %4</source>
        <translation>A tiempo %1 de %2 órdenes con plazo; retiros a tiempo %3 de %4</translation>
    </message>
    <message>
        <source>Re-evaluation due</source>
        <translation>Reevaluación pendiente</translation>
    </message>
    <message>
        <source>%1. An appeal was upheld after that: an admin reopens the month and finalizes it again so that the item no longer counts.</source>
        <translation>%1. Después se aceptó una apelación: un administrador reabre el mes y lo vuelve a cerrar para que el elemento deje de contar.</translation>
    </message>
</context>
<context>
    <name>fd::EvaluationPage</name>
    <message>
        <source>Machine-room score…</source>
        <translation>Nota de sala de equipos…</translation>
    </message>
    <message>
        <source>Adjustment…</source>
        <translation>Ajuste…</translation>
    </message>
    <message>
        <source>Evidence…</source>
        <translation>Evidencias…</translation>
    </message>
    <message>
        <source>The orders, callbacks and complaints behind the unit&apos;s figures</source>
        <translation>Las órdenes, llamadas de seguimiento y reclamos que sustentan las cifras de la unidad</translation>
    </message>
    <message>
        <source>Status history…</source>
        <translation>Historial de estados…</translation>
    </message>
    <message>
        <source>The unit&apos;s statuses, strikes and assessments; record a retraining here</source>
        <translation>Estados, faltas y evaluaciones de la unidad; aquí se registra la recapacitación</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Reabrir…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>The month before</source>
        <translation>El mes anterior</translation>
    </message>
    <message>
        <source>The month after</source>
        <translation>El mes siguiente</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>Recalcular</translation>
    </message>
    <message>
        <source>Compute the drafts again from the data as it stands</source>
        <translation>Volver a calcular los borradores con los datos actuales</translation>
    </message>
    <message>
        <source>Finalize month…</source>
        <translation>Cerrar el mes…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>The month&apos;s scores and the counts behind them, one row per unit</source>
        <translation>Las notas del mes y los conteos que las sustentan, una fila por unidad</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>The month&apos;s report to send to the units: a summary, then a page per unit with its figures, trend and standing</source>
        <translation>El informe del mes para enviar a las unidades: un resumen y luego una página por unidad con sus cifras, su evolución y su situación</translation>
    </message>
    <message>
        <source>Recomputed the drafts of %1.</source>
        <translation>Se recalcularon los borradores de %1.</translation>
    </message>
    <message>
        <source>The evaluation of %1 could not be computed: %2</source>
        <translation>No se pudo calcular la evaluación de %1: %2</translation>
    </message>
    <message>
        <source>Choose a unit in the table to see its figures.</source>
        <translation>Elija una unidad en la tabla para ver sus cifras.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 — %2&lt;/b&gt;: %3 in %4, %5</source>
        <translation>&lt;b&gt;%1 — %2&lt;/b&gt;: %3 en %4, %5</translation>
    </message>
    <message>
        <source>final</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>Your role (%1) may not do this.</source>
        <translation>Su rol (%1) no puede hacer esto.</translation>
    </message>
    <message>
        <source>The month is final for this unit; an admin must reopen it first.</source>
        <translation>El mes está cerrado para esta unidad; un administrador debe reabrirlo primero.</translation>
    </message>
    <message>
        <source>Put the unit&apos;s final month back to draft, with a reason</source>
        <translation>Devolver a borrador el mes cerrado de la unidad, con un motivo</translation>
    </message>
    <message>
        <source>Only an admin may reopen a finalized month.</source>
        <translation>Solo un administrador puede reabrir un mes cerrado.</translation>
    </message>
    <message>
        <source>A month is finalized once it has ended.</source>
        <translation>Un mes se cierra cuando ha terminado.</translation>
    </message>
    <message>
        <source>Every unit&apos;s evaluation of this month is final.</source>
        <translation>La evaluación de este mes está cerrada para todas las unidades.</translation>
    </message>
    <message>
        <source>Freeze the month&apos;s drafts and apply the 80-point rule</source>
        <translation>Congelar los borradores del mes y aplicar la regla de los 80 puntos</translation>
    </message>
    <message>
        <source>%1 (rectify by %2)</source>
        <translation>%1 (subsanar antes del %2)</translation>
    </message>
    <message>
        <source>%1 of %2 final</source>
        <translation>%1 de %2 cerradas</translation>
    </message>
    <message>
        <source>strikes: none</source>
        <translation>faltas: ninguna</translation>
    </message>
    <message>
        <source>strikes: %1 (%2)</source>
        <translation>faltas: %1 (%2)</translation>
    </message>
    <message>
        <source>%1; open until the machine-room score is in: %2</source>
        <translation>%1; pendientes de la nota de sala de equipos: %2</translation>
    </message>
    <message>
        <source>%1 — %2 — units: %3, %4 — rules version %5</source>
        <translation>%1 — %2 — unidades: %3, %4 — versión de reglas %5</translation>
    </message>
    <message>
        <source>The month has not ended: these are drafts that change as work comes in. It can be finalized from %1.</source>
        <translation>El mes no ha terminado: son borradores que cambian a medida que llega el trabajo. Se puede cerrar a partir del %1.</translation>
    </message>
    <message>
        <source>Machine-room score still to enter, required before finalizing: %1.</source>
        <translation>Falta ingresar la nota de sala de equipos, necesaria para cerrar: %1.</translation>
    </message>
    <message>
        <source>Warning, a strike in the %1-month window: %2.</source>
        <translation>Aviso, con falta en el periodo de %1 meses: %2.</translation>
    </message>
    <message>
        <source>Contract ended under the 80-point rule: %1.</source>
        <translation>Contrato terminado por la regla de los 80 puntos: %1.</translation>
    </message>
    <message>
        <source>Points: timeliness out of %1, quality out of %2, service out of %3, machine room out of %4. Red: a total below %5 (a strike) or a contract ended; amber: one strike in the window, or a score still to enter. Double-click a figure for the orders, callbacks or complaints behind it.</source>
        <translation>Puntos: puntualidad sobre %1, calidad sobre %2, servicio sobre %3, sala de equipos sobre %4. Rojo: un total por debajo de %5 (una falta) o un contrato terminado; ámbar: una falta en el periodo o una nota pendiente. Haga doble clic en una cifra para ver las órdenes, llamadas de seguimiento o reclamos que la sustentan.</translation>
    </message>
    <message>
        <source>Saved the machine-room score of %1 for %2; the total is now %3.</source>
        <translation>Se guardó la nota de sala de equipos de %1 para %2; el total es ahora %3.</translation>
    </message>
    <message>
        <source>Saved the adjustment of %1 for %2; the total is now %3.</source>
        <translation>Se guardó el ajuste de %1 para %2; el total es ahora %3.</translation>
    </message>
    <message>
        <source>Finalizing %1…</source>
        <translation>Cerrando %1…</translation>
    </message>
    <message>
        <source>Finalize %1</source>
        <translation>Cerrar %1</translation>
    </message>
    <message>
        <source>Finalized %1.</source>
        <translation>Se cerró %1.</translation>
    </message>
    <message>
        <source>%1 is final: its figures are frozen.</source>
        <translation>%1 está cerrado: sus cifras quedan congeladas.</translation>
    </message>
    <message>
        <source>No unit has a strike warning or loses its contract.</source>
        <translation>Ninguna unidad recibe un aviso por faltas ni pierde su contrato.</translation>
    </message>
    <message>
        <source>Reopened the evaluation of %1 for %2; it is a draft again.</source>
        <translation>Se reabrió la evaluación de %1 para %2; vuelve a ser un borrador.</translation>
    </message>
    <message>
        <source>Recorded an assessment of %1.</source>
        <translation>Se registró una evaluación de %1.</translation>
    </message>
    <message>
        <source>Another export or finalization is still running.</source>
        <translation>Todavía se está ejecutando otra exportación o cierre.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Saved the evaluation of %1 to %2.</source>
        <translation>Se guardó la evaluación de %1 en %2.</translation>
    </message>
    <message>
        <source>Export indicators…</source>
        <translation>Exportar indicadores…</translation>
    </message>
    <message>
        <source>The month&apos;s indicators of every unit and the complaint categories, as PDF, Excel or CSV</source>
        <translation>Los indicadores del mes de cada unidad y las categorías de reclamos, en PDF, Excel o CSV</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export the evaluation of %1</source>
        <translation>Exportar la evaluación de %1</translation>
    </message>
    <message>
        <source>Export the indicators of %1</source>
        <translation>Exportar los indicadores de %1</translation>
    </message>
    <message>
        <source>Saved the indicators of %1 to %2.</source>
        <translation>Se guardaron los indicadores de %1 en %2.</translation>
    </message>
    <message>
        <source>Show the calls…</source>
        <translation>Ver las llamadas…</translation>
    </message>
    <message>
        <source>The unit&apos;s callbacks made by the flagged agents, with the answers that may have been led</source>
        <translation>Las llamadas de seguimiento de la unidad hechas por los agentes señalados, con las respuestas que pueden haber sido inducidas</translation>
    </message>
    <message>
        <source>Callbacks by flagged agents: unknown</source>
        <translation>Llamadas de agentes señalados: desconocido</translation>
    </message>
    <message>
        <source>Callbacks by flagged agents: none (no agent flagged in %1)</source>
        <translation>Llamadas de agentes señalados: ninguna (ningún agente señalado en %1)</translation>
    </message>
    <message>
        <source>Callbacks by flagged agents: none (flagged in %1: %2)</source>
        <translation>Llamadas de agentes señalados: ninguna (señalados en %1: %2)</translation>
    </message>
    <message>
        <source>Callbacks by flagged agents: %1 of %2 (%3)</source>
        <translation>Llamadas de agentes señalados: %1 de %2 (%3)</translation>
    </message>
    <message>
        <source>A callback agent is flagged when, on some question, the agent&apos;s customers answer markedly differently from the other agents&apos; customers of the same units (|z| ≥ 3 with at least %1 calls on each side), so the answers to the agent&apos;s calls may have been led. The page Callback quality has the figures.</source>
        <translation>Un agente queda señalado cuando, en alguna pregunta, sus clientes responden de forma muy distinta a los clientes de los demás agentes en las mismas unidades (|z| ≥ 3 con al menos %1 llamadas en cada lado), así que las respuestas a sus llamadas pueden haber sido inducidas. La página Calidad de llamadas tiene las cifras.</translation>
    </message>
    <message>
        <source>The callback quality could not be read: %1</source>
        <translation>No se pudo leer la calidad de las llamadas: %1</translation>
    </message>
    <message>
        <source>Regulatory…</source>
        <translation>Regulatorios…</translation>
    </message>
    <message>
        <source>The month&apos;s regulatory indicators (SPEC §12): supply and repair times, faults per 100 subscribers, missed appointments, complaint resolution and credits, per unit and for all</source>
        <translation>Los indicadores regulatorios del mes (SPEC §12): tiempos de instalación y reparación, averías por 100 abonados, citas incumplidas, resolución de quejas y compensaciones, por unidad y en total</translation>
    </message>
    <message>
        <source>Re-evaluation due: an appeal against this month was upheld after it was finalized. An admin reopens it and finalizes it again.</source>
        <translation>Reevaluación pendiente: se aceptó una apelación contra este mes después de cerrarlo. Un administrador lo reabre y lo vuelve a cerrar.</translation>
    </message>
    <message>
        <source>Re-evaluation due, an appeal upheld after finalizing: %1. An admin reopens these units&apos; month and finalizes it again.</source>
        <translation>Reevaluación pendiente, por una apelación aceptada tras el cierre: %1. Un administrador reabre el mes de estas unidades y lo vuelve a cerrar.</translation>
    </message>
    <message>
        <source>Filed appeal %1 against %2 %3 of %4.</source>
        <translation>Se presentó la apelación %1 contra %2 %3 de %4.</translation>
    </message>
</context>
<context>
    <name>fd::EvaluationService</name>
    <message>
        <source>%1 has not ended yet; a month is finalized once it is over, so that every deadline in it has passed.</source>
        <translation>%1 aún no ha terminado; un mes se cierra cuando ha pasado, para que venzan todos sus plazos.</translation>
    </message>
    <message>
        <source>Every unit&apos;s evaluation of %1 is already final.</source>
        <translation>La evaluación de %1 ya está cerrada para todas las unidades.</translation>
    </message>
    <message>
        <source>Enter the machine-room score of %1 for %2 before finalizing.</source>
        <translation>Ingrese la nota de sala de equipos de %1 para %2 antes de cerrar.</translation>
    </message>
    <message>
        <source>%1 monthly scores under %2 within %3 months (finalizing %4)</source>
        <translation>%1 notas mensuales por debajo de %2 en %3 meses (al cerrar %4)</translation>
    </message>
    <message>
        <source>The contract of %1 (%2) ends: %3. It must rectify by %4.</source>
        <translation>El contrato de %1 (%2) termina: %3. Debe subsanar antes del %4.</translation>
    </message>
    <message>
        <source>Give a reason for reopening a finalized evaluation.</source>
        <translation>Indique el motivo para reabrir una evaluación cerrada.</translation>
    </message>
    <message>
        <source>The evaluation of %1 for %2 is not final.</source>
        <translation>La evaluación de %1 para %2 no está cerrada.</translation>
    </message>
    <message>
        <source>termination withdrawn: the evaluation of %1 was reopened (%2)</source>
        <translation>rescisión retirada: se reabrió la evaluación de %1 (%2)</translation>
    </message>
    <message>
        <source>A machine-room score lies between 0 and %1.</source>
        <translation>Una nota de sala de equipos va de 0 a %1.</translation>
    </message>
    <message>
        <source>The evaluation of %1 for %2 is final; an admin must reopen it first.</source>
        <translation>La evaluación de %1 para %2 está cerrada; un administrador debe reabrirla primero.</translation>
    </message>
    <message>
        <source>There is no unit “%1”.</source>
        <translation>No existe la unidad «%1».</translation>
    </message>
    <message>
        <source>An adjustment needs a reason.</source>
        <translation>Un ajuste necesita un motivo.</translation>
    </message>
    <message>
        <source>An adjustment lies between −100 and +100 points.</source>
        <translation>Un ajuste va de −100 a +100 puntos.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) has %n strikes in the last %3 months; at %4 its contract ends.</source>
        <translation>
            <numerusform>%1 (%2) tiene %n falta en los últimos %3 meses; con %4 su contrato termina.</numerusform>
            <numerusform>%1 (%2) tiene %n faltas en los últimos %3 meses; con %4 su contrato termina.</numerusform>
        </translation>
    </message>
    <message>
        <source>reinstated on appeal: re-finalizing %1 leaves %2 strikes in the window of %3</source>
        <translation>rehabilitada por apelación: al volver a cerrar %1 quedan %2 faltas en la ventana de %3</translation>
    </message>
    <message>
        <source>%1 (%2) is reinstated on appeal: %3.</source>
        <translation>%1 (%2) queda rehabilitada por apelación: %3.</translation>
    </message>
</context>
<context>
    <name>fd::EvidenceDialog</name>
    <message>
        <source>Evidence: %1, %2</source>
        <translation>Evidencias: %1, %2</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Only those that counted against the unit</source>
        <translation>Solo los registros que contaron en contra de la unidad</translation>
    </message>
    <message>
        <source>Search order, account, customer</source>
        <translation>Buscar orden, cuenta, cliente</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>as the data stands now; this indicator is not part of the score</source>
        <translation>según los datos actuales; este indicador no forma parte de la nota</translation>
    </message>
    <message>
        <source>as frozen when the month was finalized</source>
        <translation>tal como quedaron congelados al cerrar el mes</translation>
    </message>
    <message>
        <source>as the data stands now; the month is a draft</source>
        <translation>según los datos actuales; el mes es un borrador</translation>
    </message>
    <message>
        <source>The evidence could not be read: %1</source>
        <translation>No se pudieron leer las evidencias: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 — %2&lt;/b&gt;, %3: the records behind the figures, %4.</source>
        <translation>&lt;b&gt;%1 — %2&lt;/b&gt;, %3: los registros que sustentan las cifras, %4.</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Se muestran %1 de %2</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>The orders, callbacks and complaints behind the unit&apos;s month, as PDF, Excel workbook or CSV</source>
        <translation>Las órdenes, llamadas de seguimiento y reclamos detrás del mes de la unidad, en PDF, libro de Excel o CSV</translation>
    </message>
    <message>
        <source>Export the evidence of %1</source>
        <translation>Exportar la evidencia de %1</translation>
    </message>
    <message>
        <source>Double-click or Enter: the record with its history</source>
        <translation>Doble clic o Intro: el registro con su historial</translation>
    </message>
    <message>
        <source>The call of order %1 is no longer stored.</source>
        <translation>La llamada de la orden %1 ya no está guardada.</translation>
    </message>
    <message>
        <source>Call of order %1</source>
        <translation>Llamada de la orden %1</translation>
    </message>
    <message>
        <source>Complaint %1 is no longer stored.</source>
        <translation>El reclamo %1 ya no está guardado.</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>Reclamo %1</translation>
    </message>
    <message>
        <source>Appeal this item…</source>
        <translation>Apelar este elemento…</translation>
    </message>
    <message>
        <source>Appeals against %1 may be filed from %2 to %3.</source>
        <translation>Las apelaciones contra %1 pueden presentarse del %2 al %3.</translation>
    </message>
    <message>
        <source>Appeals against %1 may be filed from %2 until some days after the month is finalized.</source>
        <translation>Las apelaciones contra %1 pueden presentarse desde el %2 hasta unos días después de cerrar el mes.</translation>
    </message>
    <message>
        <source>Your role (%1) may not file appeals.</source>
        <translation>Su rol (%1) no puede presentar apelaciones.</translation>
    </message>
    <message>
        <source>The appeal window could not be read: %1</source>
        <translation>No se pudo leer el plazo de apelación: %1</translation>
    </message>
    <message>
        <source>The month has not ended. %1</source>
        <translation>El mes no ha terminado. %1</translation>
    </message>
    <message>
        <source>The appeal window is closed. %1</source>
        <translation>El plazo de apelación está cerrado. %1</translation>
    </message>
    <message>
        <source>Choose a row that counted against the unit: a late order, a repeat fault or a complaint that cost points. %1</source>
        <translation>Elija una fila que contó en contra de la unidad: una orden tardía, una falla repetida o una queja que restó puntos. %1</translation>
    </message>
    <message>
        <source>Already contested: appeal %1, %2.</source>
        <translation>Ya impugnado: apelación %1, %2.</translation>
    </message>
    <message>
        <source>File an appeal against %1 %2, with your grounds. %3</source>
        <translation>Presentar una apelación contra %1 %2, con sus fundamentos. %3</translation>
    </message>
</context>
<context>
    <name>fd::EvidenceModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>Callbacks due</source>
        <translation>Llamadas de seguimiento previstas</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>Reclamos recibidos</translation>
    </message>
    <message>
        <source>Orders due</source>
        <translation>Órdenes con plazo</translation>
    </message>
    <message>
        <source>Repairs received</source>
        <translation>Reparaciones recibidas</translation>
    </message>
    <message>
        <source>Callbacks reached</source>
        <translation>Llamadas de seguimiento atendidas</translation>
    </message>
    <message>
        <source>Penalised complaints</source>
        <translation>Reclamos penalizados</translation>
    </message>
    <message>
        <source>Repeat fault</source>
        <translation>Falla repetida</translation>
    </message>
    <message>
        <source>First fault</source>
        <translation>Primera falla</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <source>Late: not done by the deadline</source>
        <translation>Tarde: no se hizo antes del plazo</translation>
    </message>
    <message>
        <source>Late by %1</source>
        <translation>Tarde por %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>staff-caused</source>
        <translation>por culpa del personal</translation>
    </message>
    <message>
        <source>not the staff&apos;s fault</source>
        <translation>no fue culpa del personal</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Arrived or completed</source>
        <translation>Llegada o término</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Atendida</translation>
    </message>
    <message>
        <source>Yes answers</source>
        <translation>Respuestas «sí»</translation>
    </message>
    <message>
        <source>Answered no</source>
        <translation>Respondió «no»</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfacción</translation>
    </message>
    <message>
        <source>Commendation</source>
        <translation>Felicitación</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reclamo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Dictamen</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>fd::ExemptReason</name>
    <message>
        <source>Caused by the customer</source>
        <translation>Causado por el cliente</translation>
    </message>
    <message>
        <source>Resources not in place</source>
        <translation>Recursos no disponibles</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Terceros</translation>
    </message>
    <message>
        <source>Force majeure</source>
        <translation>Fuerza mayor</translation>
    </message>
</context>
<context>
    <name>fd::Export</name>
    <message>
        <source>Cannot make the spreadsheet: %1</source>
        <translation>No se puede crear la hoja de cálculo: %1</translation>
    </message>
    <message>
        <source>A table is written as CSV or XLSX.</source>
        <translation>Una tabla se escribe como CSV o XLSX.</translation>
    </message>
</context>
<context>
    <name>fd::FinalizeDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — strikes: %2; it must rectify by %3</source>
        <translation>%1 — faltas: %2; debe subsanar antes del %3</translation>
    </message>
    <message>
        <source>%1 — strikes in %2 months: %3</source>
        <translation>%1 — faltas en %2 meses: %3</translation>
    </message>
    <message>
        <source>&lt;p&gt;Finalize &lt;b&gt;%1&lt;/b&gt;? Units: %2 (%3).&lt;/p&gt;&lt;p&gt;Their figures, the counts behind them and rules version %4 are frozen: later changes to the data or the rules do not change them. Only an admin can reopen a unit&apos;s month, with a reason.&lt;/p&gt;</source>
        <translation>&lt;p&gt;¿Cerrar &lt;b&gt;%1&lt;/b&gt;? Unidades: %2 (%3).&lt;/p&gt;&lt;p&gt;Sus cifras, los conteos que las sustentan y la versión de reglas %4 quedan congelados: los cambios posteriores en los datos o en las reglas no los modifican. Solo un administrador puede reabrir el mes de una unidad, con un motivo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The 80-point rule: a total below %1 is a strike; %2 strikes among the finalized months of %3 months end the unit&apos;s contract.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La regla de los 80 puntos: un total por debajo de %1 es una falta; %2 faltas entre los meses cerrados de un periodo de %3 meses terminan el contrato de la unidad.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No unit has a strike this month.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ninguna unidad tiene falta este mes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Strikes this month: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Faltas este mes: %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Finalize %1</source>
        <translation>Cerrar %1</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;Contracts that end:&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;They get no new orders until a retraining assessment is passed.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;Contratos que terminan:&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;No recibirán órdenes nuevas hasta aprobar una evaluación de recapacitación.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;Warnings:&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;Avisos:&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fd::FlaggedCallModel</name>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Contactada</translation>
    </message>
</context>
<context>
    <name>fd::FlaggedCallsDialog</name>
    <message>
        <source>Callbacks by flagged agents: %1, %2</source>
        <translation>Llamadas de agentes señalados: %1, %2</translation>
    </message>
    <message>
        <source>Search order, agent, question</source>
        <translation>Buscar orden, agente, pregunta</translation>
    </message>
    <message>
        <source>Double-click or Enter: the call with its answers and attempts</source>
        <translation>Doble clic o Intro: la llamada con sus respuestas e intentos</translation>
    </message>
    <message>
        <source>The callbacks by flagged agents could not be read: %1</source>
        <translation>No se pudieron leer las llamadas de agentes señalados: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1, %2: no agent is flagged this month, so none of the unit&apos;s callbacks is in doubt.</source>
        <translation>%1, %2: ningún agente está señalado este mes, así que ninguna llamada de seguimiento de la unidad está en duda.</translation>
    </message>
    <message>
        <source>%1, %2: none of the unit&apos;s callbacks was made by a flagged agent (flagged this month: %3).</source>
        <translation>%1, %2: ninguna llamada de seguimiento de la unidad la hizo un agente señalado (señalados este mes: %3).</translation>
    </message>
    <message>
        <source>%1, %2: %3 of the unit&apos;s callbacks were made by agents flagged this month (%4). Their customers answered these questions markedly differently from other agents&apos; customers, so the answers below may have been led; each row is one such answer.</source>
        <translation>%1, %2: agentes señalados este mes (%4) hicieron %3 de las llamadas de seguimiento de la unidad. Sus clientes respondieron a estas preguntas de forma muy distinta a los clientes de otros agentes, así que las respuestas de abajo pueden haber sido inducidas; cada fila es una de esas respuestas.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 answers</source>
        <translation>Se muestran %1 de %2 respuestas</translation>
    </message>
    <message>
        <source>Double-click or Enter: the call with its answers</source>
        <translation>Doble clic o Intro: la llamada con sus respuestas</translation>
    </message>
    <message>
        <source>The call of order %1 is no longer stored.</source>
        <translation>La llamada de la orden %1 ya no está guardada.</translation>
    </message>
    <message>
        <source>Call of order %1</source>
        <translation>Llamada de la orden %1</translation>
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
    <message>
        <source>Work orders</source>
        <translation>Órdenes de trabajo</translation>
    </message>
    <message>
        <source>Callback calls</source>
        <translation>Llamadas de seguimiento</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Reclamos</translation>
    </message>
    <message>
        <source>Machine-room scores</source>
        <translation>Notas de sala de equipos</translation>
    </message>
    <message>
        <source>“%1” is not a month (YYYY-MM)</source>
        <translation>«%1» no es un mes (AAAA-MM)</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a device or a pipe), not a CSV file.</source>
        <translation>«%1» no es un archivo normal (es un dispositivo o una tubería), no un archivo CSV.</translation>
    </message>
    <message>
        <source>There was not enough memory to import “%1”; nothing was imported.</source>
        <translation>No hubo memoria suficiente para importar «%1»; no se importó nada.</translation>
    </message>
    <message>
        <source>“%1” is too large for a file of %2: it is read whole before it is saved, and at line %3 it already needs more than %4 MiB of memory. Is it the right file? If so, split it into smaller files.</source>
        <translation>«%1» es demasiado grande para un archivo de %2: se lee entero antes de guardarse y en la línea %3 ya necesita más de %4 MiB de memoria. ¿Es el archivo correcto? Si lo es, divídalo en archivos más pequeños.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problems). Nothing was imported.</source>
        <translation>
            <numerusform>%1 (y %n problema más). No se importó nada.</numerusform>
            <numerusform>%1 (y %n problemas más). No se importó nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is in a column without a name in the header</source>
        <translation>«%1» está en una columna sin nombre en el encabezado</translation>
    </message>
    <message>
        <source>“%1” is not in FiberDesk yet, and a new one needs the column “%2”, which the file does not have</source>
        <translation>«%1» aún no está en FiberDesk, y uno nuevo necesita la columna «%2», que el archivo no tiene</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems (--json lists every problem).</source>
        <translation>
            <numerusform>… y %n problema más (--json los lista todos).</numerusform>
            <numerusform>… y %n problemas más (--json los lista todos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problems.</source>
        <translation>
            <numerusform>No se importó nada: el archivo tiene %n problema.</numerusform>
            <numerusform>No se importó nada: el archivo tiene %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not an encoding FiberDesk knows; name one such as UTF-8, GB18030 or windows-1252.</source>
        <translation>«%1» no es una codificación que FiberDesk conozca; indique una como UTF-8, GB18030 o windows-1252.</translation>
    </message>
    <message>
        <source>the file starts with a UTF-8 byte-order mark: it is UTF-8, not %1; import it as UTF-8</source>
        <translation>el archivo empieza con una marca de orden de bytes UTF-8: está en UTF-8, no en %1; impórtelo como UTF-8</translation>
    </message>
    <message>
        <source>is empty; name the holiday</source>
        <translation>está vacío; indique el nombre del feriado</translation>
    </message>
    <message>
        <source>names the same day as line %1</source>
        <translation>indica el mismo día que la línea %1</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Feriados</translation>
    </message>
</context>
<context>
    <name>fd::ImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <source>&amp;What the file holds</source>
        <translation>&amp;Contenido del archivo</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Expected columns</source>
        <translation>Columnas esperadas</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Elija un archivo CSV</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>punto y coma (;)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>coma (,)</translation>
    </message>
    <message>
        <source>UTF-8 (CSV UTF-8, LibreOffice, Google Sheets)</source>
        <translation>UTF-8 (CSV UTF-8, LibreOffice, Hojas de cálculo de Google)</translation>
    </message>
    <message>
        <source>GB18030 / GBK (Excel or WPS on Chinese Windows)</source>
        <translation>GB18030 / GBK (Excel o WPS en Windows en chino)</translation>
    </message>
    <message>
        <source>Windows-1252 / Latin-1 (Excel on Spanish or English Windows)</source>
        <translation>Windows-1252 / Latin-1 (Excel en Windows en español o inglés)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>Co&amp;dificación</translation>
    </message>
    <message>
        <source>&amp;Separator</source>
        <translation>&amp;Separador</translation>
    </message>
    <message>
        <source>Preview: the first rows as they will be read</source>
        <translation>Vista previa: las primeras filas tal como se leerán</translation>
    </message>
    <message>
        <source>The file is imported whole or not at all: one bad row and nothing is written, and every problem is listed. A file of units, areas, teams or technicians may have only some of the columns besides the code; it changes only those.</source>
        <translation>El archivo se importa entero o nada: con una sola fila errónea no se escribe nada, y se listan todos los problemas. Un archivo de unidades, zonas, cuadrillas o técnicos puede tener solo algunas columnas además del código; cambia solo esas.</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV y de texto (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Read as %1, separated by %2; 1 row shown.</source>
        <translation>Leído como %1, separado por %2; se muestra 1 fila.</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, separated by %2; %n rows shown.</source>
        <translation>
            <numerusform>Leído como %1, separado por %2; se muestra %n fila.</numerusform>
            <numerusform>Leído como %1, separado por %2; se muestran %n filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has more rows; all are checked on import.</source>
        <translation>El archivo tiene más filas; todas se comprueban al importar.</translation>
    </message>
</context>
<context>
    <name>fd::ImportJob</name>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <source>Stopping; nothing will be written…</source>
        <translation>Deteniendo; no se escribirá nada…</translation>
    </message>
</context>
<context>
    <name>fd::ImportProblemsDialog</name>
    <message>
        <source>Import refused</source>
        <translation>Importación rechazada</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”.</source>
        <translation>No se importó nada de «%1».</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”. Correct the problems below (%2) and import the file again.</source>
        <translation>No se importó nada de «%1». Corrija los problemas de abajo (%2) e importe de nuevo el archivo.</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Copiar todo</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems, not listed.</source>
        <translation>
            <numerusform>… y %n problema más, no listado.</numerusform>
            <numerusform>… y %n problemas más, no listados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::IndicatorModel</name>
    <message>
        <source>Yes: %1</source>
        <translation>Sí: %1</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>Tasa de puntualidad</translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation>Tasa de fallas repetidas</translation>
    </message>
    <message>
        <source>Callback reach rate</source>
        <translation>Tasa de contacto en el seguimiento</translation>
    </message>
    <message>
        <source>Net promoter score</source>
        <translation>Índice neto de promotores (NPS)</translation>
    </message>
    <message>
        <source>Complaints per 1,000 completed orders</source>
        <translation>Reclamos por cada 1000 órdenes terminadas</translation>
    </message>
    <message>
        <source>Commendations</source>
        <translation>Felicitaciones</translation>
    </message>
    <message>
        <source>Compensation credits</source>
        <translation>Compensaciones</translation>
    </message>
    <message>
        <source>%1 yes of %2 reached</source>
        <translation>%1 «sí» de %2 atendidas</translation>
    </message>
    <message>
        <source>%1 of %2 orders due</source>
        <translation>%1 de %2 órdenes con plazo</translation>
    </message>
    <message>
        <source>%1 of %2 repairs</source>
        <translation>%1 de %2 reparaciones</translation>
    </message>
    <message>
        <source>%1 of %2 due</source>
        <translation>%1 de %2 previstas</translation>
    </message>
    <message>
        <source>%1 promoters, %2 passives, %3 detractors</source>
        <translation>%1 promotores, %2 pasivos, %3 detractores</translation>
    </message>
    <message>
        <source>%1 complaints, %2 completed</source>
        <translation>%1 reclamos, %2 terminadas</translation>
    </message>
    <message>
        <source>in %1 reached</source>
        <translation>en %1 atendidas</translation>
    </message>
    <message>
        <source>for %1 late orders</source>
        <translation>por %1 órdenes tardías</translation>
    </message>
    <message>
        <source>Every unit: %1</source>
        <translation>Todas las unidades: %1</translation>
    </message>
    <message>
        <source>Double-click for the evidence</source>
        <translation>Doble clic para ver las evidencias</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Todas las unidades</translation>
    </message>
    <message>
        <source>Counted from (unit)</source>
        <translation>Cómo se contó (unidad)</translation>
    </message>
    <message>
        <source>%1 of %2 orders due; removals %3 of %4</source>
        <translation>%1 de %2 órdenes con plazo; retiros %3 de %4</translation>
    </message>
</context>
<context>
    <name>fd::KpiDialog</name>
    <message>
        <source>Regulatory indicators, %1</source>
        <translation>Indicadores regulatorios, %1</translation>
    </message>
    <message>
        <source>Times in hours from receipt; p50, p80 and p95 are nearest-rank percentiles. “Met” is the share done by the deadline of the policy in force. Missed appointments: windows that ended this month with the technician late or absent.</source>
        <translation>Tiempos en horas desde la recepción; p50, p80 y p95 son percentiles por rango más cercano. “En plazo” es la parte hecha dentro del plazo de la política vigente. Citas incumplidas: ventanas que terminaron este mes con el técnico tarde o ausente.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Complaints resolved</source>
        <translation>Quejas resueltas</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Todas las unidades</translation>
    </message>
    <message>
        <source>Installs completed</source>
        <translation>Instalaciones completadas</translation>
    </message>
    <message>
        <source>Install time p50 (h)</source>
        <translation>Tiempo de instalación p50 (h)</translation>
    </message>
    <message>
        <source>Install time p95 (h)</source>
        <translation>Tiempo de instalación p95 (h)</translation>
    </message>
    <message>
        <source>Installs met deadline (%)</source>
        <translation>Instalaciones en plazo (%)</translation>
    </message>
    <message>
        <source>Repairs completed</source>
        <translation>Reparaciones completadas</translation>
    </message>
    <message>
        <source>Repair time p80 (h)</source>
        <translation>Tiempo de reparación p80 (h)</translation>
    </message>
    <message>
        <source>Repair time p95 (h)</source>
        <translation>Tiempo de reparación p95 (h)</translation>
    </message>
    <message>
        <source>Repairs met deadline (%)</source>
        <translation>Reparaciones en plazo (%)</translation>
    </message>
    <message>
        <source>Faults per 100 subscribers</source>
        <translation>Fallas por 100 abonados</translation>
    </message>
    <message>
        <source>Missed appointments</source>
        <translation>Citas incumplidas</translation>
    </message>
    <message>
        <source>Missed appointments (%)</source>
        <translation>Citas incumplidas (%)</translation>
    </message>
    <message>
        <source>Complaint resolution p80 (h)</source>
        <translation>Resolución de quejas p80 (h)</translation>
    </message>
    <message>
        <source>Complaint resolution p95 (h)</source>
        <translation>Resolución de quejas p95 (h)</translation>
    </message>
    <message>
        <source>Credits due</source>
        <translation>Compensaciones debidas</translation>
    </message>
    <message>
        <source>Credit amount</source>
        <translation>Importe de compensaciones</translation>
    </message>
</context>
<context>
    <name>fd::KpiService</name>
    <message>
        <source>There is no unit “%1”.</source>
        <translation>No existe la unidad “%1”.</translation>
    </message>
</context>
<context>
    <name>fd::MainWindow</name>
    <message>
        <source>Dispatch</source>
        <translation>Despacho</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Reclamos</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The translation for %1 could not be loaded; FiberDesk stays in the current language.</source>
        <translation>No se pudo cargar la traducción para %1; FiberDesk sigue en el idioma actual.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About FiberDesk</source>
        <translation>&amp;Acerca de FiberDesk</translation>
    </message>
    <message>
        <source>FiberDesk — %1</source>
        <translation>FiberDesk — %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Rules version %1</source>
        <translation>Versión de reglas %1</translation>
    </message>
    <message>
        <source>Rules unreadable: %1</source>
        <translation>Reglas ilegibles: %1</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Importación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <source>Imported %1 from “%2”: %3 rows — %4 new, %5 updated, %6 unchanged.</source>
        <translation>Importado %1 desde «%2»: %3 filas — %4 nuevas, %5 actualizadas, %6 sin cambios.</translation>
    </message>
    <message>
        <source>About FiberDesk</source>
        <translation>Acerca de FiberDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;FiberDesk %1&lt;/h3&gt;&lt;p&gt;Work orders, next-day callbacks and monthly scoring for broadband field maintenance.&lt;/p&gt;&lt;p&gt;This version manages the organisation of the maintenance units, checks it against the allocation rules and keeps the versioned rules.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FiberDesk %1&lt;/h3&gt;&lt;p&gt;Órdenes de trabajo, llamadas de seguimiento del día siguiente y evaluación mensual del mantenimiento de banda ancha.&lt;/p&gt;&lt;p&gt;Esta versión gestiona la organización de las unidades de mantenimiento, la contrasta con las reglas de dotación y guarda las reglas versionadas.&lt;/p&gt;&lt;p&gt;Base de datos: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Your role does not use this page.</source>
        <translation>Su rol no usa esta página.</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Cambiar la &amp;contraseña…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Su contraseña se cambió.</translation>
    </message>
    <message>
        <source>Today&apos;s backup: %p %</source>
        <translation>Copia de hoy: %p %</translation>
    </message>
    <message>
        <source>Today&apos;s backup is written: %1 (%2).</source>
        <translation>La copia de hoy está escrita: %1 (%2).</translation>
    </message>
    <message>
        <source>Callback quality</source>
        <translation>Calidad de llamadas</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Apelaciones</translation>
    </message>
</context>
<context>
    <name>fd::NewOrderDialog</name>
    <message>
        <source>New work order</source>
        <translation>Nueva orden de trabajo</translation>
    </message>
    <message>
        <source>e.g. WO-261120-0001</source>
        <translation>p. ej. WO-261120-0001</translation>
    </message>
    <message>
        <source>Order &amp;number</source>
        <translation>&amp;Número de orden</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Subscriber &amp;account</source>
        <translation>&amp;Cuenta del abonado</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>C&amp;liente</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>A&amp;rea</source>
        <translation>&amp;Zona</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
</context>
<context>
    <name>fd::OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
</context>
<context>
    <name>fd::OrderDialog</name>
    <message>
        <source>Order %1</source>
        <translation>Orden %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>cuenta %1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Cuadrilla</translation>
    </message>
    <message>
        <source>not assigned (unit %1 serves the area)</source>
        <translation>sin asignar (la unidad %1 atiende la zona)</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>unidad %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>exempt: %1</source>
        <translation>exenta: %1</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>later, at the customer&apos;s request</source>
        <translation>más tarde, a pedido del cliente</translation>
    </message>
    <message>
        <source>agreed %1</source>
        <translation>acordada %1</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>not signed: %1</source>
        <translation>sin firma: %1</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>firmada por %1</translation>
    </message>
    <message>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
    <message>
        <source>&amp;Appointment</source>
        <translation>&amp;Cita</translation>
    </message>
    <message>
        <source>A&amp;rrival</source>
        <translation>&amp;Llegada</translation>
    </message>
    <message>
        <source>C&amp;ompletion</source>
        <translation>C&amp;ierre</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>&amp;Exemption</source>
        <translation>&amp;Exención</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>The customer asked for a later time (the deadline becomes the window&apos;s end)</source>
        <translation>El cliente pidió una hora posterior (el plazo pasa a ser el fin de la franja)</translation>
    </message>
    <message>
        <source>Customer contacted at</source>
        <translation>Cliente contactado el</translation>
    </message>
    <message>
        <source>Window from</source>
        <translation>Franja desde</translation>
    </message>
    <message>
        <source>Window until</source>
        <translation>Franja hasta</translation>
    </message>
    <message>
        <source>Agree appointment</source>
        <translation>Acordar la cita</translation>
    </message>
    <message>
        <source>Technician arrived at</source>
        <translation>Llegada del técnico</translation>
    </message>
    <message>
        <source>No appointment was agreed with the customer: checklist item 1 will read “no”.</source>
        <translation>No se acordó cita con el cliente: el punto 1 de la lista de control quedará en «no».</translation>
    </message>
    <message>
        <source>Record arrival</source>
        <translation>Registrar la llegada</translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation>Completada el</translation>
    </message>
    <message>
        <source>1. Appointment agreed before the visit: yes (contact recorded before arrival)</source>
        <translation>1. Cita acordada antes de la visita: sí (contacto registrado antes de la llegada)</translation>
    </message>
    <message>
        <source>1. Appointment agreed before the visit: no (no contact recorded before arrival)</source>
        <translation>1. Cita acordada antes de la visita: no (ningún contacto registrado antes de la llegada)</translation>
    </message>
    <message>
        <source>2. Uniform with the operator&apos;s logo and ID badge worn</source>
        <translation>2. Uniforme con el logotipo del operador y credencial puestos</translation>
    </message>
    <message>
        <source>3. Work permit and order shown; own shoe covers, dust cloth and bags brought</source>
        <translation>3. Permiso de trabajo y orden mostrados; cubrezapatos, paño y bolsas propios</translation>
    </message>
    <message>
        <source>4. Customer consulted on where to install</source>
        <translation>4. Se consultó al cliente dónde instalar</translation>
    </message>
    <message>
        <source>5. Service tested and demonstrated (required)</source>
        <translation>5. Servicio probado y demostrado (obligatorio)</translation>
    </message>
    <message>
        <source>6. Site cleaned</source>
        <translation>6. Lugar limpiado</translation>
    </message>
    <message>
        <source>7. The customer signed — name:</source>
        <translation>7. El cliente firmó — nombre:</translation>
    </message>
    <message>
        <source>7. The customer refused to sign — reason:</source>
        <translation>7. El cliente se negó a firmar — motivo:</translation>
    </message>
    <message>
        <source>FTTH test: ONT receive power; the test passes from %1 to %2 dBm</source>
        <translation>Prueba FTTH: potencia de recepción de la ONT; la prueba se supera entre %1 y %2 dBm</translation>
    </message>
    <message>
        <source>Receive power</source>
        <translation>Potencia recibida</translation>
    </message>
    <message>
        <source>Complete order</source>
        <translation>Completar la orden</translation>
    </message>
    <message>
        <source>Why the order is cancelled (required)</source>
        <translation>Por qué se cancela la orden (obligatorio)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Cancelar la orden</translation>
    </message>
    <message>
        <source>Not exempt</source>
        <translation>No exenta</translation>
    </message>
    <message>
        <source>What happened (required for an exemption)</source>
        <translation>Qué ocurrió (obligatorio para una exención)</translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation>Exención</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>An exempt order leaves the timeliness population of its unit&apos;s evaluation.</source>
        <translation>Una orden exenta sale de la población de puntualidad en la evaluación de su unidad.</translation>
    </message>
    <message>
        <source>Save exemption</source>
        <translation>Guardar la exención</translation>
    </message>
    <message>
        <source>ONT collected</source>
        <translation>ONT recogida</translation>
    </message>
    <message>
        <source>ONT not collected</source>
        <translation>ONT no recogida</translation>
    </message>
    <message>
        <source>Collected from the customer</source>
        <translation>Recogida en casa del cliente</translation>
    </message>
    <message>
        <source>Not collected (lost, damaged or kept by the customer)</source>
        <translation>No recogida (perdida, dañada o conservada por el cliente)</translation>
    </message>
    <message>
        <source>ONT (required)</source>
        <translation>ONT (obligatorio)</translation>
    </message>
    <message>
        <source>A removal has no FTTH test: the customer&apos;s signature (or refusal) and whether the ONT was collected complete it.</source>
        <translation>Un retiro no tiene prueba FTTH: se completa con la firma del cliente (o su negativa) y con si se recogió la ONT.</translation>
    </message>
    <message>
        <source>Complete removal</source>
        <translation>Completar el retiro</translation>
    </message>
</context>
<context>
    <name>fd::OrderImporter</name>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>La importación se canceló; no se escribió nada.</translation>
    </message>
    <message>
        <source>a new order has no team yet; an order with a team is assigned</source>
        <translation>una orden nueva aún no tiene cuadrilla; una orden con cuadrilla está asignada</translation>
    </message>
    <message>
        <source>is empty; a %1 order needs its team</source>
        <translation>está vacío; una orden en estado %1 necesita su cuadrilla</translation>
    </message>
    <message>
        <source>is empty; a scheduled order needs its appointment</source>
        <translation>está vacío; una orden agendada necesita su cita</translation>
    </message>
    <message>
        <source>is empty; a scheduled order was agreed with the customer</source>
        <translation>está vacío; una orden agendada se acordó con el cliente</translation>
    </message>
    <message>
        <source>is empty; an order %1 needs the arrival time</source>
        <translation>está vacío; una orden en estado %1 necesita la hora de llegada</translation>
    </message>
    <message>
        <source>is set, but the order is %1</source>
        <translation>está lleno, pero la orden está en estado %1</translation>
    </message>
    <message>
        <source>is empty; a completed order needs its completion time</source>
        <translation>está vacío; una orden terminada necesita su hora de término</translation>
    </message>
    <message>
        <source>is filled in, but the order is not completed</source>
        <translation>está lleno, pero la orden no está terminada</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>appears twice in the file</source>
        <translation>aparece dos veces en el archivo</translation>
    </message>
    <message>
        <source>there is no area “%1”</source>
        <translation>no existe la zona «%1»</translation>
    </message>
    <message>
        <source>there is no team “%1”</source>
        <translation>no existe la cuadrilla «%1»</translation>
    </message>
    <message>
        <source>there is no technician “%1”</source>
        <translation>no existe el técnico «%1»</translation>
    </message>
    <message>
        <source>the technician is in the team “%1”, not “%2”</source>
        <translation>el técnico está en la cuadrilla «%1», no en «%2»</translation>
    </message>
    <message>
        <source>the order is already %1 in FiberDesk; the file says %2 (an older export?)</source>
        <translation>la orden ya está en estado %1 en FiberDesk; el archivo dice %2 (¿una exportación anterior?)</translation>
    </message>
    <message>
        <source>Order %1 was changed by someone else during the import; nothing was written.</source>
        <translation>Otra persona cambió la orden %1 durante la importación; no se escribió nada.</translation>
    </message>
    <message>
        <source>is yes, but a removal takes the service away: leave it empty</source>
        <translation>es «yes», pero un retiro da de baja el servicio: déjelo vacío</translation>
    </message>
    <message>
        <source>is filled in, but a removal has no FTTH test: leave it empty</source>
        <translation>está rellenado, pero un retiro no tiene prueba FTTH: déjelo vacío</translation>
    </message>
    <message>
        <source>is filled in, but only a removal collects the ONT: leave it empty for a %1</source>
        <translation>está rellenado, pero solo un retiro recoge la ONT: déjelo vacío en una orden de tipo %1</translation>
    </message>
    <message>
        <source>a completed removal says whether the ONT was collected: add the column ont_collected (yes or no)</source>
        <translation>un retiro completado indica si se recogió la ONT: añada la columna ont_collected (yes o no)</translation>
    </message>
</context>
<context>
    <name>fd::OrderKind</name>
    <message>
        <source>Install</source>
        <translation>Instalación</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Traslado</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparación</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>Retiro</translation>
    </message>
</context>
<context>
    <name>fd::OrderRepository</name>
    <message>
        <source>The board&apos;s page does not follow the sort it was read in.</source>
        <translation>La página del tablero no corresponde al orden con que se leyó.</translation>
    </message>
</context>
<context>
    <name>fd::OrderService</name>
    <message>
        <source>Order %1 is %2; it cannot be %3.</source>
        <translation>La orden %1 está en estado «%2»; no se puede %3.</translation>
    </message>
    <message>
        <source>There is no area “%1”.</source>
        <translation>No existe la zona «%1».</translation>
    </message>
    <message>
        <source>There is no team “%1”.</source>
        <translation>No existe la cuadrilla «%1».</translation>
    </message>
    <message>
        <source>There is no technician “%1”.</source>
        <translation>No existe el técnico «%1».</translation>
    </message>
    <message>
        <source>There is no order “%1”.</source>
        <translation>No existe la orden «%1».</translation>
    </message>
    <message>
        <source>Order %1 was changed by %2 at %3 after you opened it. Your change was not saved; reload the order and make it again.</source>
        <translation>%2 cambió la orden %1 a las %3 después de que usted la abriera. Su cambio no se guardó; vuelva a cargar la orden y hágalo de nuevo.</translation>
    </message>
    <message>
        <source>Order %1 was changed by someone else while you were saving. Your change was not saved; reload the order and make it again.</source>
        <translation>Otra persona cambió la orden %1 mientras usted guardaba. Su cambio no se guardó; vuelva a cargar la orden y hágalo de nuevo.</translation>
    </message>
    <message>
        <source>There is already an order “%1”.</source>
        <translation>Ya existe la orden «%1».</translation>
    </message>
    <message>
        <source>The area “%1” is deactivated; it takes no new orders.</source>
        <translation>La zona «%1» está desactivada; no recibe órdenes nuevas.</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>asignar</translation>
    </message>
    <message>
        <source>The team “%1” is deactivated.</source>
        <translation>La cuadrilla «%1» está desactivada.</translation>
    </message>
    <message>
        <source>The unit “%1” (%2) is %3 and cannot be given new orders (SPEC §4).</source>
        <translation>La unidad «%1» (%2) está %3 y no puede recibir órdenes nuevas (SPEC §4).</translation>
    </message>
    <message>
        <source>The technician %1 (%2) is in the team “%3”, not “%4”.</source>
        <translation>El técnico %1 (%2) está en la cuadrilla «%3», no en «%4».</translation>
    </message>
    <message>
        <source>The technician %1 (%2) is not active.</source>
        <translation>El técnico %1 (%2) no está activo.</translation>
    </message>
    <message>
        <source>The team “%1” does not cover the area “%2”.</source>
        <translation>La cuadrilla «%1» no cubre la zona «%2».</translation>
    </message>
    <message>
        <source>%1 short by %2</source>
        <translation>faltan %2 %1</translation>
    </message>
    <message>
        <source>areas without a team: %1</source>
        <translation>zonas sin cuadrilla: %1</translation>
    </message>
    <message>
        <source>The unit “%1” does not meet the allocation rules: %2.</source>
        <translation>La unidad «%1» no cumple las reglas de dotación: %2.</translation>
    </message>
    <message>
        <source>given an appointment</source>
        <translation>agendar</translation>
    </message>
    <message>
        <source>marked as arrived</source>
        <translation>marcar como llegada</translation>
    </message>
    <message>
        <source>completed before the technician is on site</source>
        <translation>terminar antes de que el técnico esté en el sitio</translation>
    </message>
    <message>
        <source>Give a reason for cancelling the order.</source>
        <translation>Indique el motivo para cancelar la orden.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelar</translation>
    </message>
    <message>
        <source>An exemption needs a note saying why.</source>
        <translation>Una exención necesita una nota que explique el motivo.</translation>
    </message>
    <message>
        <source>exempted</source>
        <translation>eximir</translation>
    </message>
    <message>
        <source>There is no unit “%1”.</source>
        <translation>No existe la unidad «%1».</translation>
    </message>
    <message>
        <source>taken back from its team</source>
        <translation>retirada de su cuadrilla</translation>
    </message>
    <message>
        <source>left without an appointment</source>
        <translation>dejada sin cita</translation>
    </message>
</context>
<context>
    <name>fd::OrderStatus</name>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignada</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Agendada</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>En el sitio</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>fd::OrganisationData</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>fd::OrganisationPage</name>
    <message>
        <source>The organisation could not be read: %1</source>
        <translation>No se pudo leer la organización: %1</translation>
    </message>
</context>
<context>
    <name>fd::OutputFile</name>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>No se puede escribir «%1»: %2.</translation>
    </message>
    <message>
        <source>No output file was named.</source>
        <translation>No se indicó ningún archivo de salida.</translation>
    </message>
    <message>
        <source>“%1” names a folder, not a file to write.</source>
        <translation>«%1» nombra una carpeta, no un archivo que escribir.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the folder “%2” does not exist.</source>
        <translation>No se puede escribir «%1»: la carpeta «%2» no existe.</translation>
    </message>
    <message>
        <source>“%1” is the database FiberDesk has open; an export cannot be written over it.</source>
        <translation>«%1» es la base de datos que FiberDesk tiene abierta; una exportación no puede escribirse encima.</translation>
    </message>
    <message>
        <source>“%1” is a working file of the database FiberDesk has open; an export cannot be written over it.</source>
        <translation>«%1» es un archivo de trabajo de la base de datos que FiberDesk tiene abierta; una exportación no puede escribirse encima.</translation>
    </message>
    <message>
        <source>“%1” is a symbolic link; FiberDesk writes only to a plain file. Name the file itself.</source>
        <translation>«%1» es un enlace simbólico; FiberDesk solo escribe en un archivo normal. Indique el archivo mismo.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file to write.</source>
        <translation>«%1» es una carpeta, no un archivo que escribir.</translation>
    </message>
    <message>
        <source>“%1” is a device, not a file to write.</source>
        <translation>«%1» es un dispositivo, no un archivo que escribir.</translation>
    </message>
    <message>
        <source>“%1” is a pipe, not a file to write.</source>
        <translation>«%1» es una tubería, no un archivo que escribir.</translation>
    </message>
    <message>
        <source>“%1” is a socket, not a file to write.</source>
        <translation>«%1» es un socket, no un archivo que escribir.</translation>
    </message>
    <message>
        <source>“%1” is not a plain file.</source>
        <translation>«%1» no es un archivo normal.</translation>
    </message>
    <message>
        <source>Cannot read “%1” to see what it is (%2); it was left as it is.</source>
        <translation>No se puede leer «%1» para ver qué es (%2); se dejó como estaba.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database; an export cannot be written over it.</source>
        <translation>«%1» es una base de datos SQLite; una exportación no puede escribirse encima.</translation>
    </message>
    <message>
        <source>“%1” is a working file of an SQLite database; an export cannot be written over it.</source>
        <translation>«%1» es un archivo de trabajo de una base de datos SQLite; una exportación no puede escribirse encima.</translation>
    </message>
    <message>
        <source>“%1” already exists. Give --force to replace it.</source>
        <translation>«%1» ya existe. Indique --force para reemplazarlo.</translation>
    </message>
    <message>
        <source>Cannot write the file: %1.</source>
        <translation>No se puede escribir el archivo: %1.</translation>
    </message>
</context>
<context>
    <name>fd::ParetoChart</name>
    <message>
        <source>Cumulative share</source>
        <translation>Porcentaje acumulado</translation>
    </message>
</context>
<context>
    <name>fd::ParetoModel</name>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Reclamos</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Porcentaje acumulado</translation>
    </message>
    <message>
        <source>Late</source>
        <comment>complaint category under a bar</comment>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>No appt.</source>
        <comment>complaint category under a bar</comment>
        <translation>Sin cita</translation>
    </message>
    <message>
        <source>Attitude</source>
        <comment>complaint category under a bar</comment>
        <translation>Trato</translation>
    </message>
    <message>
        <source>Repeat</source>
        <comment>complaint category under a bar</comment>
        <translation>Repetida</translation>
    </message>
    <message>
        <source>Untidy</source>
        <comment>complaint category under a bar</comment>
        <translation>Desorden</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>complaint category under a bar</comment>
        <translation>Otra</translation>
    </message>
</context>
<context>
    <name>fd::PasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Cambiar su contraseña</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Nueva contraseña para %1</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Contraseña &amp;actual</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nueva contraseña</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Repítala</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>fd::PlaceholderPage</name>
    <message>
        <source>This part of FiberDesk arrives in a later version. Until then, this version manages the organisation (units, areas, teams, technicians, equipment, assessments), checks it against the allocation rules and keeps the rules.</source>
        <translation>Esta parte de FiberDesk llega en una versión posterior. Mientras tanto, esta versión gestiona la organización (unidades, zonas, cuadrillas, técnicos, equipamiento, evaluaciones), la contrasta con las reglas de dotación y guarda las reglas.</translation>
    </message>
</context>
<context>
    <name>fd::PlanDialog</name>
    <message>
        <source>Plan the day</source>
        <translation>Planificar el día</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Cuadrilla</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Franja</translation>
    </message>
    <message>
        <source>Why there</source>
        <translation>Por qué ahí</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Marcar &amp;todas</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>Desmarcar tod&amp;as</translation>
    </message>
    <message>
        <source>Book the ticked</source>
        <translation>Reservar las marcadas</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 orders without an agreed window can be booked; %3 cannot.&lt;br&gt;Late: &lt;b&gt;%4&lt;/b&gt; with this plan, %5 earliest-deadline-first. Credits at risk: &lt;b&gt;%6&lt;/b&gt; with this plan, %7 earliest-deadline-first.</source>
        <translation>Se pueden reservar &lt;b&gt;%1&lt;/b&gt; de %2 órdenes sin franja acordada; %3 no.&lt;br&gt;Tardías: &lt;b&gt;%4&lt;/b&gt; con este plan, %5 con el plazo más próximo primero. Compensaciones en riesgo: &lt;b&gt;%6&lt;/b&gt; con este plan, %7 con el plazo más próximo primero.</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Sin colocar</translation>
    </message>
    <message>
        <source>Every open order due by the end of tomorrow has an agreed window.</source>
        <translation>Todas las órdenes abiertas que vencen antes del fin de mañana tienen franja acordada.</translation>
    </message>
    <message numerus="yes">
        <source>Book %n ticked</source>
        <translation>
            <numerusform>Reservar %n marcada</numerusform>
            <numerusform>Reservar %n marcadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Credit owed</source>
        <translation>Compensación debida</translation>
    </message>
</context>
<context>
    <name>fd::PlanService</name>
    <message>
        <source>The setting %1 is “%2”: it must be a whole number of minutes from %3 to %4.</source>
        <translation>El ajuste %1 es «%2»: debe ser un número entero de minutos de %3 a %4.</translation>
    </message>
    <message>
        <source>The day plan needs a valid date (YYYY-MM-DD).</source>
        <translation>El plan del día necesita una fecha válida (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>The working hours of %1 are over: plan today or a later day.</source>
        <translation>La jornada del %1 ya terminó: planifique hoy o un día posterior.</translation>
    </message>
    <message>
        <source>The order %1 is not in the plan that was proposed; nothing was booked.</source>
        <translation>La orden %1 no está en el plan propuesto; no se reservó nada.</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>No existe la orden %1.</translation>
    </message>
    <message>
        <source>The proposal for %1 was not booked, nor any other: %2</source>
        <translation>La propuesta para %1 no se reservó, ni ninguna otra: %2</translation>
    </message>
</context>
<context>
    <name>fd::Quality</name>
    <message>
        <source>each criterion of the scoring form needs a name of its own</source>
        <translation>cada criterio del formulario de evaluación necesita un nombre propio</translation>
    </message>
    <message>
        <source>the criterion “%1” must be worth 1 to 100 points</source>
        <translation>el criterio «%1» debe valer de 1 a 100 puntos</translation>
    </message>
    <message>
        <source>the criteria of the scoring form add up to %1 points, not 100</source>
        <translation>los criterios del formulario de evaluación suman %1 puntos, no 100</translation>
    </message>
    <message>
        <source>the criterion “%1” has no mark</source>
        <translation>el criterio «%1» no tiene puntuación</translation>
    </message>
    <message>
        <source>the criterion “%1” is marked %2; it is worth 0 to %3 points</source>
        <translation>el criterio «%1» tiene %2 puntos; vale de 0 a %3 puntos</translation>
    </message>
    <message>
        <source>“%1” is not a criterion of the scoring form</source>
        <translation>«%1» no es un criterio del formulario de evaluación</translation>
    </message>
    <message>
        <source>Order %1 has no callback call that reached the customer; only a reached call is scored.</source>
        <translation>La orden %1 no tiene una llamada de seguimiento que contactara al cliente; solo se puntúa una llamada contactada.</translation>
    </message>
    <message>
        <source>The call of order %1 is not in %2&apos;s sample for %3; supervisors score the sampled calls.</source>
        <translation>La llamada de la orden %1 no está en la muestra de %2 de %3; los supervisores puntúan las llamadas sorteadas.</translation>
    </message>
    <message>
        <source>The rules&apos; scoring form cannot be used: %1. An evaluator changes it in Settings.</source>
        <translation>El formulario de evaluación de las reglas no se puede usar: %1. Un evaluador lo cambia en Configuración.</translation>
    </message>
    <message>
        <source>The score was not saved: %1.</source>
        <translation>La puntuación no se guardó: %1.</translation>
    </message>
    <message>
        <source>You have already scored the call of order %1; a score is not changed once given.</source>
        <translation>Ya puntuó la llamada de la orden %1; una puntuación no se cambia una vez dada.</translation>
    </message>
    <message>
        <source>Greeting and identification</source>
        <translation>Saludo e identificación</translation>
    </message>
    <message>
        <source>The agent greeted the customer, gave their name and the operator&apos;s, and checked they were speaking to the account holder.</source>
        <translation>El agente saludó al cliente, dio su nombre y el del operador, y comprobó que hablaba con el titular de la cuenta.</translation>
    </message>
    <message>
        <source>All six questions asked neutrally</source>
        <translation>Las seis preguntas hechas con neutralidad</translation>
    </message>
    <message>
        <source>Every question was read as written, without suggesting an answer (no “the technician cleaned up, didn&apos;t he?”).</source>
        <translation>Cada pregunta se leyó tal como está escrita, sin sugerir la respuesta (nada de «el técnico limpió, ¿verdad?»).</translation>
    </message>
    <message>
        <source>Answers recorded as given</source>
        <translation>Respuestas registradas tal como se dieron</translation>
    </message>
    <message>
        <source>What was recorded is what the customer said, question by question, with the satisfaction score the customer gave.</source>
        <translation>Lo registrado es lo que dijo el cliente, pregunta por pregunta, con la satisfacción que dio el cliente.</translation>
    </message>
    <message>
        <source>Courtesy</source>
        <translation>Cortesía</translation>
    </message>
    <message>
        <source>Polite, patient and clear; the customer was let to finish.</source>
        <translation>Educado, paciente y claro; se dejó terminar al cliente.</translation>
    </message>
    <message>
        <source>Closing and complaint handling</source>
        <translation>Cierre y gestión de quejas</translation>
    </message>
    <message>
        <source>A complaint was taken down and explained; the call ended with thanks and what happens next.</source>
        <translation>Se anotó y explicó la queja; la llamada terminó con un agradecimiento y lo que sigue.</translation>
    </message>
</context>
<context>
    <name>fd::QualityAgentModel</name>
    <message>
        <source>z %1</source>
        <translation>z %1</translation>
    </message>
    <message>
        <source>No other agent reached a customer of the same units, so there is nothing to compare with: not tested.</source>
        <translation>Ningún otro agente contactó a clientes de las mismas unidades, así que no hay con qué comparar: sin prueba.</translation>
    </message>
    <message>
        <source>Every answer on both sides is the same, so there is no difference to test: not flagged.</source>
        <translation>Todas las respuestas de ambos lados son iguales, así que no hay diferencia que probar: no señalado.</translation>
    </message>
    <message>
        <source>z = %1: flagged. The difference is at least 3 standard errors with %2 or more calls on each side, far more than chance gives: listen to this agent&apos;s calls on this question.</source>
        <translation>z = %1: señalado. La diferencia es de al menos 3 errores estándar con %2 llamadas o más en cada lado, mucho más de lo que da el azar: escuche las llamadas de este agente en esta pregunta.</translation>
    </message>
    <message>
        <source>z = %1, but with fewer than %2 calls on one side that is too little to judge: not flagged.</source>
        <translation>z = %1, pero con menos de %2 llamadas en un lado es muy poco para juzgar: no señalado.</translation>
    </message>
    <message>
        <source>z = %1: not flagged; a difference under 3 standard errors can be chance.</source>
        <translation>z = %1: no señalado; una diferencia de menos de 3 errores estándar puede ser azar.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on “%2”: %3 yes of %4 calls (%5).
The other agents, on calls about the same units: %6 yes of %7 (%8).
%9</source>
        <translation>%1 en «%2»: %3 sí de %4 llamadas (%5).
Los demás agentes, en llamadas sobre las mismas unidades: %6 sí de %7 (%8).
%9</translation>
    </message>
    <message>
        <source>Average of the scored calls (%1), out of 100.</source>
        <translation>Media de las llamadas puntuadas (%1), sobre 100.</translation>
    </message>
    <message>
        <source>No call of %1&apos;s sample has been scored yet.</source>
        <translation>Aún no se ha puntuado ninguna llamada de la muestra de %1.</translation>
    </message>
    <message>
        <source>%1 is flagged on no question: the answers to %1&apos;s calls are in line with the other agents&apos; on the same units.</source>
        <translation>%1 no está señalado en ninguna pregunta: las respuestas a sus llamadas concuerdan con las de los demás agentes en las mismas unidades.</translation>
    </message>
    <message>
        <source>%1&apos;s customers answer some questions markedly differently from the other agents&apos; customers of the same units (|z| ≥ 3): the calls may lead customers towards an answer. Listen to them; hover over a red question for the figures.</source>
        <translation>Los clientes de %1 responden algunas preguntas de forma muy distinta a los clientes de los demás agentes en las mismas unidades (|z| ≥ 3): las llamadas pueden inducir la respuesta. Escúchelas; pase el ratón por una pregunta en rojo para ver las cifras.</translation>
    </message>
    <message>
        <source>%1 yes</source>
        <translation>%1: sí</translation>
    </message>
    <message>
        <source>Share of “yes” answers to “%1”. Red: the agent is flagged on it, its yes-rate differs from the other agents&apos; on the same units by |z| ≥ 3 (a two-proportion z-test) with at least %2 calls on each side.</source>
        <translation>Proporción de respuestas «sí» a «%1». En rojo: el agente está señalado en ella; su tasa de síes difiere de la de los demás agentes en las mismas unidades con |z| ≥ 3 (prueba z de dos proporciones) y al menos %2 llamadas en cada lado.</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Contactadas</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Puntuadas</translation>
    </message>
    <message>
        <source>Monitor score</source>
        <translation>Puntuación de monitoreo</translation>
    </message>
    <message>
        <source>Yes, all questions</source>
        <translation>Sí, todas las preguntas</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfacción</translation>
    </message>
    <message>
        <source>Thanks letters</source>
        <translation>Cartas de agradecimiento</translation>
    </message>
    <message>
        <source>Flagged questions</source>
        <translation>Preguntas señaladas</translation>
    </message>
    <message>
        <source>The callback agent who reached the customer</source>
        <translation>El agente de seguimiento que contactó al cliente</translation>
    </message>
    <message>
        <source>Calls of the month that reached the customer</source>
        <translation>Llamadas del mes que contactaron al cliente</translation>
    </message>
    <message>
        <source>Calls a supervisor has scored, of those drawn at random (the same draw every time) from the agent&apos;s reached calls for monitoring</source>
        <translation>Llamadas que un supervisor ha puntuado, de las elegidas al azar (siempre la misma elección) entre las llamadas contactadas del agente para el monitoreo</translation>
    </message>
    <message>
        <source>Average monitor score of the scored calls, out of 100; a call scored by several supervisors counts with their mean</source>
        <translation>Puntuación media de monitoreo de las llamadas puntuadas, sobre 100; una llamada puntuada por varios supervisores cuenta con su media</translation>
    </message>
    <message>
        <source>Share of “yes” answers over all six questions</source>
        <translation>Proporción de respuestas «sí» en las seis preguntas</translation>
    </message>
    <message>
        <source>Average satisfaction the customers gave, 0 to 10</source>
        <translation>Satisfacción media que dieron los clientes, de 0 a 10</translation>
    </message>
    <message>
        <source>Thanks letters (commendations) customers gave on these calls</source>
        <translation>Cartas de agradecimiento (felicitaciones) que dieron los clientes en estas llamadas</translation>
    </message>
    <message>
        <source>Questions on which the agent&apos;s customers answer markedly differently from the other agents&apos; customers of the same units (|z| ≥ 3 with at least %1 calls on each side): the calls may lead customers towards an answer</source>
        <translation>Preguntas en que los clientes del agente responden de forma muy distinta a los clientes de los demás agentes en las mismas unidades (|z| ≥ 3 con al menos %1 llamadas en cada lado): las llamadas pueden inducir la respuesta</translation>
    </message>
</context>
<context>
    <name>fd::QualityPage</name>
    <message>
        <source>Monitor score: the supervisors&apos; marks for the calls drawn, out of 100. Red: a question on which the agent&apos;s customers answer markedly differently from the other agents&apos; customers of the same units (|z| ≥ 3 with at least %1 calls on each side), so the calls may lead them. Hover over a cell for its figures.</source>
        <translation>Puntuación de monitoreo: las notas de los supervisores a las llamadas elegidas, sobre 100. En rojo: una pregunta en que los clientes del agente responden de forma muy distinta a los clientes de los demás agentes en las mismas unidades (|z| ≥ 3 con al menos %1 llamadas en cada lado), así que las llamadas pueden inducirlos. Pase el ratón por una celda para ver sus cifras.</translation>
    </message>
    <message>
        <source>Calibration: do the supervisors score alike?</source>
        <translation>Calibración: ¿puntúan igual los supervisores?</translation>
    </message>
    <message>
        <source>Do the monitor scores agree with the customers?</source>
        <translation>¿Coinciden las puntuaciones de monitoreo con los clientes?</translation>
    </message>
    <message>
        <source>Monitor score</source>
        <translation>Puntuación de monitoreo</translation>
    </message>
    <message>
        <source>Yes answers (%)</source>
        <translation>Respuestas «sí» (%)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>The team&apos;s monitor score and share of yes answers, month by month. A monitor score falling while the yes answers rise is worth a listen.</source>
        <translation>La puntuación de monitoreo del equipo y la proporción de respuestas «sí», mes a mes. Si la puntuación baja mientras suben los síes, conviene escuchar las llamadas.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>The month before</source>
        <translation>El mes anterior</translation>
    </message>
    <message>
        <source>The month after</source>
        <translation>El mes siguiente</translation>
    </message>
    <message>
        <source>Score a call…</source>
        <translation>Puntuar una llamada…</translation>
    </message>
    <message>
        <source>Listen to a call drawn for monitoring this month and mark it on the scoring form</source>
        <translation>Escuchar una llamada elegida para el monitoreo de este mes y puntuarla en el formulario</translation>
    </message>
    <message>
        <source>Your role (%1) may not score calls; a callback supervisor does.</source>
        <translation>Su rol (%1) no puede puntuar llamadas; lo hace un supervisor de seguimiento.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>The month&apos;s agents, agent effect, calibration and units, as PDF, Excel workbook or CSV</source>
        <translation>Los agentes del mes, el efecto del agente, la calibración y las unidades, en PDF, libro de Excel o CSV</translation>
    </message>
    <message>
        <source>The callback quality of %1 could not be read: %2</source>
        <translation>No se pudo leer la calidad de las llamadas de %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 — agents: %2 — calls reached: %3 — scored: %4 of %5 drawn — flagged agents: %6</source>
        <translation>%1 — agentes: %2 — llamadas contactadas: %3 — puntuadas: %4 de %5 elegidas — agentes señalados: %6</translation>
    </message>
    <message>
        <source>No callback reached a customer in %1, so there is no call to monitor and no agent to compare. Choose a month in which the callback queue was worked.</source>
        <translation>Ninguna llamada de seguimiento contactó a un cliente en %1, así que no hay llamadas que monitorear ni agentes que comparar. Elija un mes en que se trabajó la cola de seguimiento.</translation>
    </message>
    <message>
        <source>Flagged: %1. These agents&apos; customers answer those questions markedly differently from the other agents&apos; customers of the same units, which is seldom chance: listen to their calls. The evaluation page shows, for each unit, how many of its callbacks they made.</source>
        <translation>Señalados: %1. Los clientes de estos agentes responden esas preguntas de forma muy distinta a los clientes de los demás agentes en las mismas unidades, lo que rara vez es azar: escuche sus llamadas. La página de evaluación muestra, para cada unidad, cuántas de sus llamadas de seguimiento hicieron.</translation>
    </message>
    <message>
        <source>No agent is flagged: on every question, each agent&apos;s customers answer like the other agents&apos; customers of the same units.</source>
        <translation>Ningún agente está señalado: en todas las preguntas, los clientes de cada agente responden como los clientes de los demás agentes en las mismas unidades.</translation>
    </message>
    <message>
        <source>No agent can be tested yet: the comparison needs at least %1 calls of the agent and %1 of the others on the same units.</source>
        <translation>Aún no se puede probar a ningún agente: la comparación necesita al menos %1 llamadas del agente y %1 de los demás en las mismas unidades.</translation>
    </message>
    <message>
        <source>The month is under way: the figures change as calls are made and scored.</source>
        <translation>El mes está en curso: las cifras cambian a medida que se hacen y puntúan llamadas.</translation>
    </message>
    <message>
        <source>No call of %1 has been scored yet. Calibration compares supervisors who scored the same call, so it needs calls scored by two supervisors or more.</source>
        <translation>Aún no se ha puntuado ninguna llamada de %1. La calibración compara supervisores que puntuaron la misma llamada, así que necesita llamadas puntuadas por dos supervisores o más.</translation>
    </message>
    <message>
        <source>No call of %1 has been scored by two supervisors yet. Calibration compares supervisors who scored the same call: have a second supervisor score some calls already scored.</source>
        <translation>Aún ninguna llamada de %1 ha sido puntuada por dos supervisores. La calibración compara supervisores que puntuaron la misma llamada: pida a un segundo supervisor que puntúe algunas llamadas ya puntuadas.</translation>
    </message>
    <message>
        <source>Calls scored by two supervisors or more: %1. Their scores differ by %2 points on average (highest minus lowest).</source>
        <translation>Llamadas puntuadas por dos supervisores o más: %1. Sus puntuaciones difieren en %2 puntos de media (la más alta menos la más baja).</translation>
    </message>
    <message>
        <source>No call&apos;s scores differ by more than %1 points.</source>
        <translation>Las puntuaciones de ninguna llamada difieren en más de %1 puntos.</translation>
    </message>
    <message>
        <source>Scores more than %1 points apart, to listen to together: %2.</source>
        <translation>Puntuaciones separadas por más de %1 puntos, para escuchar juntos: %2.</translation>
    </message>
    <message>
        <source>Not measured for %1: it needs at least two agents with %2 scored calls or more (this month: %3).</source>
        <translation>Sin medir para %1: hacen falta al menos dos agentes con %2 llamadas puntuadas o más (este mes: %3).</translation>
    </message>
    <message>
        <source>Not measured for %1: the agents&apos; monitor scores or their customers&apos; satisfaction are all the same, so there is nothing to relate.</source>
        <translation>Sin medir para %1: las puntuaciones de monitoreo de los agentes o la satisfacción de sus clientes son todas iguales, así que no hay nada que relacionar.</translation>
    </message>
    <message>
        <source>Agents the supervisors score higher also have more satisfied customers: monitoring and customers agree.</source>
        <translation>Los agentes que los supervisores puntúan más alto también tienen clientes más satisfechos: el monitoreo y los clientes coinciden.</translation>
    </message>
    <message>
        <source>Agents the supervisors score higher tend to have more satisfied customers, but only loosely.</source>
        <translation>Los agentes que los supervisores puntúan más alto tienden a tener clientes más satisfechos, pero solo de forma débil.</translation>
    </message>
    <message>
        <source>No clear relation: the form may measure what customers do not notice, or the supervisors may not score alike.</source>
        <translation>Sin relación clara: el formulario puede medir lo que los clientes no notan, o los supervisores pueden no puntuar igual.</translation>
    </message>
    <message>
        <source>Customers are less satisfied with the agents the supervisors score higher: review the form and the calibration.</source>
        <translation>Los clientes están menos satisfechos con los agentes que los supervisores puntúan más alto: revise el formulario y la calibración.</translation>
    </message>
    <message>
        <source>Correlation of each agent&apos;s monitor score with the satisfaction of the agent&apos;s customers (agents with %1 scored calls or more): r = %2, from −1 to 1.</source>
        <translation>Correlación de la puntuación de monitoreo de cada agente con la satisfacción de sus clientes (agentes con %1 llamadas puntuadas o más): r = %2, de −1 a 1.</translation>
    </message>
    <message>
        <source>Trend: %1 to %2</source>
        <translation>Tendencia: de %1 a %2</translation>
    </message>
    <message>
        <source>No callback reached a customer from %1 to %2: there is no trend to draw.</source>
        <translation>Ninguna llamada de seguimiento contactó a un cliente de %1 a %2: no hay tendencia que dibujar.</translation>
    </message>
    <message>
        <source>Monitor scores saved for %1: %2.</source>
        <translation>Puntuaciones de monitoreo guardadas para %1: %2.</translation>
    </message>
    <message>
        <source>Export the callback quality of %1</source>
        <translation>Exportar la calidad de las llamadas de %1</translation>
    </message>
    <message>
        <source>Saved the callback quality of %1 to %2.</source>
        <translation>Se guardó la calidad de las llamadas de %1 en %2.</translation>
    </message>
</context>
<context>
    <name>fd::QualitySampleModel</name>
    <message>
        <source>nobody yet</source>
        <translation>nadie aún</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Contactada</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>Puntuada por</translation>
    </message>
</context>
<context>
    <name>fd::QualityScoreDialog</name>
    <message>
        <source>Score a call — %1</source>
        <translation>Puntuar una llamada — %1</translation>
    </message>
    <message>
        <source>Calls drawn for monitoring</source>
        <translation>Llamadas elegidas para el monitoreo</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Only calls I have not scored</source>
        <translation>Solo las llamadas que no he puntuado</translation>
    </message>
    <message>
        <source>The call</source>
        <translation>La llamada</translation>
    </message>
    <message>
        <source>Recording reference</source>
        <translation>Referencia de la grabación</translation>
    </message>
    <message>
        <source>Where the telephony system keeps the call&apos;s recording, so that anyone can listen to what was scored.</source>
        <translation>Dónde guarda la central telefónica la grabación de la llamada, para que cualquiera pueda escuchar lo que se puntuó.</translation>
    </message>
    <message>
        <source>Scoring form</source>
        <translation>Formulario de puntuación</translation>
    </message>
    <message>
        <source>Save score</source>
        <translation>Guardar puntuación</translation>
    </message>
    <message>
        <source>Your role (%1) may not score calls; a callback supervisor does.</source>
        <translation>Su rol (%1) no puede puntuar llamadas; lo hace un supervisor de seguimiento.</translation>
    </message>
    <message>
        <source>The calls to score cannot be shown: %1</source>
        <translation>No se pueden mostrar las llamadas por puntuar: %1</translation>
    </message>
    <message>
        <source>Listen to the recording of a call drawn for %1, then mark each criterion. A score is given once and is not changed afterwards; the figures on the quality page take it at once.</source>
        <translation>Escuche la grabación de una llamada elegida para %1 y puntúe cada criterio. Una puntuación se da una sola vez y no se cambia después; las cifras de la página de calidad la toman en el acto.</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Todos los agentes</translation>
    </message>
    <message>
        <source>Rules version %1. Type the points each criterion earned, from 0 to its maximum.</source>
        <translation>Versión de reglas %1. Escriba los puntos que obtuvo cada criterio, de 0 a su máximo.</translation>
    </message>
    <message>
        <source>0–%1</source>
        <translation>0–%1</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>Showing %1 of the %2 calls drawn for %3</source>
        <translation>Se muestran %1 de las %2 llamadas elegidas para %3</translation>
    </message>
    <message>
        <source>No call was drawn for %1: no callback reached a customer that month.</source>
        <translation>No se eligió ninguna llamada para %1: ninguna llamada de seguimiento contactó a un cliente ese mes.</translation>
    </message>
    <message>
        <source>You have scored every call drawn for %1 that is listed. Untick “Only calls I have not scored” to see them all.</source>
        <translation>Ya puntuó todas las llamadas listadas elegidas para %1. Desmarque «Solo las llamadas que no he puntuado» para verlas todas.</translation>
    </message>
    <message>
        <source>Choose a call in the list.</source>
        <translation>Elija una llamada de la lista.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Order %1&lt;/b&gt; · %2 · completed %3</source>
        <translation>&lt;b&gt;Orden %1&lt;/b&gt; · %2 · terminada %3</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>Unidad %1</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>equipo %1</translation>
    </message>
    <message>
        <source>technician %1</source>
        <translation>técnico %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Order %1&lt;/b&gt; · unit %2</source>
        <translation>&lt;b&gt;Orden %1&lt;/b&gt; · unidad %2</translation>
    </message>
    <message>
        <source>Called by &lt;b&gt;%1&lt;/b&gt;, reached %2</source>
        <translation>Llamada por &lt;b&gt;%1&lt;/b&gt;, contactada %2</translation>
    </message>
    <message>
        <source>Not scored by any supervisor yet.</source>
        <translation>Aún no la ha puntuado ningún supervisor.</translation>
    </message>
    <message>
        <source>Already scored by: %1</source>
        <translation>Ya puntuada por: %1</translation>
    </message>
    <message>
        <source>The answers as recorded</source>
        <translation>Las respuestas registradas</translation>
    </message>
    <message>
        <source>Satisfaction: %1 of 10 · thanks letter: %2</source>
        <translation>Satisfacción: %1 de 10 · carta de agradecimiento: %2</translation>
    </message>
    <message>
        <source>Comment: “%1”</source>
        <translation>Comentario: «%1»</translation>
    </message>
    <message>
        <source>e.g. REC-%1</source>
        <translation>p. ej. REC-%1</translation>
    </message>
    <message>
        <source>Score: %1 of 100</source>
        <translation>Puntuación: %1 de 100</translation>
    </message>
    <message>
        <source>Score: %1 so far; criteria still to mark: %2</source>
        <translation>Puntuación: %1 por ahora; criterios por puntuar: %2</translation>
    </message>
    <message>
        <source>Choose a call in the list first.</source>
        <translation>Elija primero una llamada de la lista.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of points for “%2”.</source>
        <translation>«%1» no es un número entero de puntos para «%2».</translation>
    </message>
    <message>
        <source>Saved: the call of order %1 (%2) scored %3 of 100.</source>
        <translation>Guardado: la llamada de la orden %1 (%2) obtuvo %3 de 100.</translation>
    </message>
</context>
<context>
    <name>fd::QualitySupervisorModel</name>
    <message>
        <source>No call %1 scored was scored by another supervisor too.</source>
        <translation>Ninguna llamada que puntuó %1 la puntuó también otro supervisor.</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Calls scored</source>
        <translation>Llamadas puntuadas</translation>
    </message>
    <message>
        <source>Deviation from the others</source>
        <translation>Desviación respecto a los demás</translation>
    </message>
    <message>
        <source>On the calls other supervisors scored too: how far this supervisor&apos;s score is from the call&apos;s mean, on average, in points. Large: this supervisor scores differently from the others.</source>
        <translation>En las llamadas que también puntuaron otros supervisores: cuánto se aleja en promedio la puntuación de este supervisor de la media de la llamada, en puntos. Grande: este supervisor puntúa distinto que los demás.</translation>
    </message>
</context>
<context>
    <name>fd::RecordTab</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Buscar (Ctrl+F)</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Enter or double-click</source>
        <translation>Intro o doble clic</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Reactivated %1.</source>
        <translation>Se reactivó %1.</translation>
    </message>
    <message>
        <source>Deactivated %1.</source>
        <translation>Se desactivó %1.</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivar</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Filas: %1</translation>
    </message>
    <message>
        <source>Rows: %1 of %2</source>
        <translation>Filas: %1 de %2</translation>
    </message>
</context>
<context>
    <name>fd::ReopenDialog</name>
    <message>
        <source>Reopen the evaluation of %1</source>
        <translation>Reabrir la evaluación de %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 — %2&lt;/b&gt;, %3: final, total %4</source>
        <translation>&lt;b&gt;%1 — %2&lt;/b&gt;, %3: cerrada, total %4</translation>
    </message>
    <message>
        <source>The month goes back to draft: its figures are computed again from the data as it stands, and it must be finalized again. If finalizing it ended the unit&apos;s contract, the contract is restored until then. Only an admin may reopen.</source>
        <translation>El mes vuelve a borrador: sus cifras se calculan de nuevo con los datos actuales y habrá que cerrarlo otra vez. Si al cerrarlo terminó el contrato de la unidad, el contrato se restablece hasta entonces. Solo un administrador puede reabrir.</translation>
    </message>
    <message>
        <source>Why; this goes into the audit log</source>
        <translation>Por qué; queda en el registro de auditoría</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
</context>
<context>
    <name>fd::Report</name>
    <message>
        <source>Monthly evaluation of the maintenance units</source>
        <translation>Evaluación mensual de las unidades de mantenimiento</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>Puntualidad</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Adjust.</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>final</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>strike</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>Evaluation of %1</source>
        <translation>Evaluación de %1</translation>
    </message>
    <message>
        <source>Final: rules version %1, finalized %2 by %3.</source>
        <translation>Cerrada: versión de reglas %1, cerrada el %2 por %3.</translation>
    </message>
    <message>
        <source>Draft: computed now with rules version %1; it may still change.</source>
        <translation>Borrador: calculado ahora con la versión de reglas %1; aún puede cambiar.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>How it was counted</source>
        <translation>Cómo se contó</translation>
    </message>
    <message>
        <source>%1 of %2 orders due this month on time (%3)</source>
        <translation>%1 de %2 órdenes con plazo este mes a tiempo (%3)</translation>
    </message>
    <message>
        <source>Maintenance quality</source>
        <translation>Calidad de mantenimiento</translation>
    </message>
    <message>
        <source>%1 repeat faults among %2 repairs received (%3)</source>
        <translation>%1 fallas repetidas entre %2 reparaciones recibidas (%3)</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>Servicio al cliente</translation>
    </message>
    <message>
        <source>%1 of %2 answers yes in %3 callbacks; %4 complaints cost %5 points</source>
        <translation>%1 de %2 respuestas afirmativas en %3 llamadas; %4 reclamos restan %5 puntos</translation>
    </message>
    <message>
        <source>Machine-room management</source>
        <translation>Gestión de la sala de equipos</translation>
    </message>
    <message>
        <source>not entered yet</source>
        <translation>aún no ingresada</translation>
    </message>
    <message>
        <source>entered after inspection</source>
        <translation>ingresada tras la inspección</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>below %1: a strike</source>
        <translation>por debajo de %1: una falta</translation>
    </message>
    <message>
        <source>%1 or more: no strike</source>
        <translation>%1 o más: sin falta</translation>
    </message>
    <message>
        <source>The 80-point rule</source>
        <translation>La regla de los 80 puntos</translation>
    </message>
    <message>
        <source>When a month is finalized, the strikes of the unit among its finalized months in the %1 months ending with it are counted, leaving out months that ended before its last reinstatement. At %2 strikes the contract ends and the unit must rectify and pass a retraining assessment.</source>
        <translation>Al cerrar un mes se cuentan las faltas de la unidad entre sus meses cerrados de los %1 meses que terminan con él, sin contar los meses que terminaron antes de su última restitución. Con %2 faltas el contrato termina y la unidad debe subsanar y aprobar una recapacitación.</translation>
    </message>
    <message>
        <source>Strikes in the window: %1. Status: %2.</source>
        <translation>Faltas en el periodo: %1. Estado: %2.</translation>
    </message>
    <message>
        <source>Must rectify by %1.</source>
        <translation>Debe subsanar antes del %1.</translation>
    </message>
    <message>
        <source>Monthly evaluation %1</source>
        <translation>Evaluación mensual %1</translation>
    </message>
    <message>
        <source>No finalized month yet</source>
        <translation>Aún no hay meses cerrados</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>a month and its year, as a QDate format</comment>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>draft, figures may still change</source>
        <translation>borrador, las cifras aún pueden cambiar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 %2: contract ended, must rectify by %3 (strikes in %4 months: %5).</source>
        <translation>%1 %2: contrato terminado, debe subsanar antes del %3 (faltas en %4 meses: %5).</translation>
    </message>
    <message>
        <source>%1 %2: a warning, strikes in %3 months: %4; at %5 the contract ends.</source>
        <translation>%1 %2: aviso, faltas en %3 meses: %4; con %5 termina el contrato.</translation>
    </message>
    <message>
        <source>No unit has a strike in the window.</source>
        <translation>Ninguna unidad tiene faltas en el periodo.</translation>
    </message>
    <message>
        <source>Points: timeliness out of %1, maintenance quality out of %2, customer service out of %3, machine-room management out of %4 (rules version %5). A total below %6 is a strike; %7 strikes within %8 months end the contract.</source>
        <translation>Puntos: puntualidad sobre %1, calidad de mantenimiento sobre %2, servicio al cliente sobre %3, gestión de la sala de equipos sobre %4 (versión de reglas %5). Un total por debajo de %6 es una falta; %7 faltas en %8 meses terminan el contrato.</translation>
    </message>
    <message>
        <source>Total over the last %1 months (finalized)</source>
        <translation>Total de los últimos %1 meses (cerrados)</translation>
    </message>
    <message>
        <source>Page %1 of %2 · printed by %3 on %4 · %5</source>
        <translation>Página %1 de %2 · impreso por %3 el %4 · %5</translation>
    </message>
    <message>
        <source>%1 of %2 orders due this month on time (%3), removals %4 of %5</source>
        <translation>%1 de %2 órdenes con plazo este mes a tiempo (%3), retiros %4 de %5</translation>
    </message>
    <message numerus="yes">
        <source>final, re-evaluation due for %n units after an upheld appeal</source>
        <translation>
            <numerusform>cerrada, reevaluación pendiente para %n unidad tras una apelación aceptada</numerusform>
            <numerusform>cerrada, reevaluación pendiente para %n unidades tras una apelación aceptada</numerusform>
        </translation>
    </message>
    <message>
        <source>final, re-evaluation due</source>
        <translation>cerrada, reevaluación pendiente</translation>
    </message>
    <message>
        <source>Appeals against this month&apos;s counts</source>
        <translation>Apelaciones contra los recuentos del mes</translation>
    </message>
    <message>
        <source>An upheld appeal takes the item out of the count; in a finalized month the unit is then re-evaluated.</source>
        <translation>Una apelación aceptada saca el elemento del recuento; en un mes cerrado la unidad se reevalúa después.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Order or complaint</source>
        <translation>Orden o queja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Re-evaluation due: an appeal against this month was upheld after it was finalized. The figures below are the finalized ones until an administrator reopens and re-finalizes the month.</source>
        <translation>Reevaluación pendiente: se aceptó una apelación contra este mes después de cerrarlo. Las cifras siguientes son las del cierre hasta que un administrador reabra el mes y lo vuelva a cerrar.</translation>
    </message>
</context>
<context>
    <name>fd::ReportSave</name>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV UTF-8, comma separated (*.csv)</source>
        <translation>CSV UTF-8, separado por comas (*.csv)</translation>
    </message>
    <message>
        <source>CSV UTF-8, semicolon separated, decimal comma (*.csv)</source>
        <translation>CSV UTF-8, separado por punto y coma, coma decimal (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
</context>
<context>
    <name>fd::Reports</name>
    <message>
        <source>Monthly evaluation %1</source>
        <translation>Evaluación mensual %1</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>Puntualidad</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Machine room</source>
        <translation>Sala de equipos</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Strike</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>Strikes</source>
        <translation>Faltas</translation>
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
        <source>Orders due</source>
        <translation>Órdenes con plazo</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>Reparaciones</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repetidas</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Contactadas</translation>
    </message>
    <message>
        <source>Yes answers</source>
        <translation>Respuestas sí</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Reclamos</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Penalización</translation>
    </message>
    <message>
        <source>The evidence is a unit&apos;s: name the unit.</source>
        <translation>La evidencia es de una unidad: indique la unidad.</translation>
    </message>
    <message>
        <source>Evidence of %1, %2</source>
        <translation>Evidencia de %1, %2</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Órdenes</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Measured event</source>
        <translation>Evento medido</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Llamadas de seguimiento</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfacción</translation>
    </message>
    <message>
        <source>Commendation</source>
        <translation>Elogio</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Staff caused</source>
        <translation>Causado por el personal</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Daily bulletin %1</source>
        <translation>Boletín diario %1</translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation>Boletín</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Callbacks done</source>
        <translation>Llamadas hechas</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>Reclamos recibidos</translation>
    </message>
    <message>
        <source>Complaints verified</source>
        <translation>Reclamos verificados</translation>
    </message>
    <message>
        <source>Allocation compliance</source>
        <translation>Cumplimiento de la dotación</translation>
    </message>
    <message>
        <source>Subscribers projected by %1 %</source>
        <translation>Abonados proyectados con %1 %</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Abonados</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requerido</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Faltante</translation>
    </message>
    <message>
        <source>Uncovered areas</source>
        <translation>Zonas sin cubrir</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Indicators %1</source>
        <translation>Indicadores %1</translation>
    </message>
    <message>
        <source>On time %</source>
        <translation>A tiempo %</translation>
    </message>
    <message>
        <source>Repeat %</source>
        <translation>Repetidas %</translation>
    </message>
    <message>
        <source>Reached %</source>
        <translation>Contactadas %</translation>
    </message>
    <message>
        <source>%1 yes %</source>
        <translation>%1 sí %</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Per 1,000 orders</source>
        <translation>Por 1.000 órdenes</translation>
    </message>
    <message>
        <source>Commendations</source>
        <translation>Elogios</translation>
    </message>
    <message>
        <source>Late orders</source>
        <translation>Órdenes tardías</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Compensación</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Complaint categories</source>
        <translation>Categorías de reclamos</translation>
    </message>
    <message>
        <source>The unit “%1” has no figures in %2.</source>
        <translation>La unidad «%1» no tiene cifras en %2.</translation>
    </message>
    <message>
        <source>Audit head</source>
        <translation>Cabeza de auditoría</translation>
    </message>
    <message>
        <source>Audit head %1</source>
        <translation>Cabeza de auditoría %1</translation>
    </message>
    <message>
        <source>Removals due</source>
        <translation>Retiros con plazo</translation>
    </message>
    <message>
        <source>Removals on time</source>
        <translation>Retiros a tiempo</translation>
    </message>
    <message>
        <source>There is no report of this kind.</source>
        <translation>No hay ningún informe de este tipo.</translation>
    </message>
    <message>
        <source>Callback quality %1</source>
        <translation>Calidad de llamadas %1</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>Elegidas</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Puntuadas</translation>
    </message>
    <message>
        <source>Monitor score</source>
        <translation>Puntuación de monitoreo</translation>
    </message>
    <message>
        <source>Yes %</source>
        <translation>Sí %</translation>
    </message>
    <message>
        <source>Flagged questions</source>
        <translation>Preguntas señaladas</translation>
    </message>
    <message>
        <source>Thanks letters</source>
        <translation>Cartas de agradecimiento</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Agent effect</source>
        <translation>Efecto del agente</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Agent&apos;s yes</source>
        <translation>Síes del agente</translation>
    </message>
    <message>
        <source>Agent&apos;s calls</source>
        <translation>Llamadas del agente</translation>
    </message>
    <message>
        <source>Others&apos; yes</source>
        <translation>Síes de los demás</translation>
    </message>
    <message>
        <source>Others&apos; calls</source>
        <translation>Llamadas de los demás</translation>
    </message>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Señalado</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibración</translation>
    </message>
    <message>
        <source>Calls scored by several</source>
        <translation>Llamadas puntuadas por varios</translation>
    </message>
    <message>
        <source>Mean spread</source>
        <translation>Dispersión media</translation>
    </message>
    <message>
        <source>Flagged calls (spread above 10)</source>
        <translation>Llamadas señaladas (dispersión mayor que 10)</translation>
    </message>
    <message>
        <source>Monitor score against satisfaction (Pearson r)</source>
        <translation>Puntuación de monitoreo frente a satisfacción (r de Pearson)</translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation>Supervisores</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Calls scored</source>
        <translation>Llamadas puntuadas</translation>
    </message>
    <message>
        <source>Mean deviation from the others</source>
        <translation>Desviación media respecto a los demás</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Calls by flagged agents</source>
        <translation>Llamadas de agentes señalados</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Apelaciones</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Apelación</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Fundamentos</translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation>Presentada por</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Resuelta por</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Regulatory indicators</source>
        <translation>Indicadores regulatorios</translation>
    </message>
    <message>
        <source>Installs completed</source>
        <translation>Instalaciones completadas</translation>
    </message>
    <message>
        <source>Supply p50 (h)</source>
        <translation>Instalación p50 (h)</translation>
    </message>
    <message>
        <source>Supply p95 (h)</source>
        <translation>Instalación p95 (h)</translation>
    </message>
    <message>
        <source>Supply met %</source>
        <translation>Instalación en plazo %</translation>
    </message>
    <message>
        <source>Repairs completed</source>
        <translation>Reparaciones completadas</translation>
    </message>
    <message>
        <source>Repair p80 (h)</source>
        <translation>Reparación p80 (h)</translation>
    </message>
    <message>
        <source>Repair p95 (h)</source>
        <translation>Reparación p95 (h)</translation>
    </message>
    <message>
        <source>Repair met %</source>
        <translation>Reparación en plazo %</translation>
    </message>
    <message>
        <source>Faults per 100 subscribers</source>
        <translation>Averías por 100 abonados</translation>
    </message>
    <message>
        <source>Missed appointments</source>
        <translation>Citas incumplidas</translation>
    </message>
    <message>
        <source>Missed %</source>
        <translation>Incumplidas %</translation>
    </message>
    <message>
        <source>Complaints resolved</source>
        <translation>Quejas resueltas</translation>
    </message>
    <message>
        <source>Resolution p80 (h)</source>
        <translation>Resolución p80 (h)</translation>
    </message>
    <message>
        <source>Resolution p95 (h)</source>
        <translation>Resolución p95 (h)</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Compensaciones</translation>
    </message>
    <message>
        <source>Credit amount</source>
        <translation>Importe compensado</translation>
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
    <message>
        <source>Callback supervisor</source>
        <translation>Supervisor de seguimiento</translation>
    </message>
    <message>
        <source>Unit representative</source>
        <translation>Representante de unidad</translation>
    </message>
</context>
<context>
    <name>fd::RoomScoreDialog</name>
    <message>
        <source>Machine-room score of %1</source>
        <translation>Nota de sala de equipos de %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 — %2&lt;/b&gt;, %3</source>
        <translation>&lt;b&gt;%1 — %2&lt;/b&gt;, %3</translation>
    </message>
    <message>
        <source>Points for machine-room management after the inspection, from 0 to %1. Every unit needs one before the month can be finalized.</source>
        <translation>Puntos por la gestión de la sala de equipos tras la inspección, de 0 a %1. Cada unidad necesita esta nota antes de que se pueda cerrar el mes.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>What the inspection found</source>
        <translation>Lo que encontró la inspección</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Save score</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <source>0 to %1</source>
        <translation>de 0 a %1</translation>
    </message>
    <message>
        <source>Type the machine-room points, from 0 to %1.</source>
        <translation>Escriba los puntos de la sala de equipos, de 0 a %1.</translation>
    </message>
    <message>
        <source>“%1” is not a number of points; type one from 0 to %2.</source>
        <translation>«%1» no es una cantidad de puntos; escriba una de 0 a %2.</translation>
    </message>
</context>
<context>
    <name>fd::RuleService</name>
    <message>
        <source>“%1” is not a time zone this system knows. Give a name such as America/Lima, Europe/Madrid, Asia/Shanghai or UTC.</source>
        <translation>«%1» no es una zona horaria que este sistema conozca. Indique un nombre como America/Lima, Europe/Madrid, Asia/Shanghai o UTC.</translation>
    </message>
    <message>
        <source>There is no preset “%1”; the presets are %2.</source>
        <translation>No existe el ajuste predefinido «%1»; los disponibles son %2.</translation>
    </message>
    <message>
        <source>Preset %1</source>
        <translation>Ajuste predefinido %1</translation>
    </message>
    <message>
        <source>A holiday needs a date and a name.</source>
        <translation>Un feriado necesita una fecha y un nombre.</translation>
    </message>
</context>
<context>
    <name>fd::RuleVersionModel</name>
    <message>
        <source>%1 (in force)</source>
        <translation>%1 (vigente)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>The defaults</source>
        <translation>Los valores predeterminados</translation>
    </message>
</context>
<context>
    <name>fd::Rules</name>
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
    <message>
        <source>Same-day cut-off, in minutes after midnight (960 = 16:00)</source>
        <translation>Hora de corte del mismo día, en minutos desde medianoche (960 = 16:00)</translation>
    </message>
    <message>
        <source>An order is “due soon” this many minutes before its deadline</source>
        <translation>Una orden está «por vencer» estos minutos antes de su plazo</translation>
    </message>
    <message>
        <source>Lowest accepted ONT receive power (dBm)</source>
        <translation>Potencia de recepción mínima aceptada de la ONT (dBm)</translation>
    </message>
    <message>
        <source>Highest accepted ONT receive power (dBm)</source>
        <translation>Potencia de recepción máxima aceptada de la ONT (dBm)</translation>
    </message>
    <message>
        <source>Call attempts before a customer is unreachable</source>
        <translation>Intentos de llamada antes de dejar a un cliente como inubicable</translation>
    </message>
    <message>
        <source>Minutes before calling again after no answer or busy</source>
        <translation>Minutos antes de volver a llamar tras no contesta u ocupado</translation>
    </message>
    <message>
        <source>Points a verified staff-caused complaint costs the unit</source>
        <translation>Puntos que resta a la unidad un reclamo verificado causado por el personal</translation>
    </message>
    <message>
        <source>Points for timeliness</source>
        <translation>Puntos por puntualidad</translation>
    </message>
    <message>
        <source>Points for maintenance quality</source>
        <translation>Puntos por calidad de mantenimiento</translation>
    </message>
    <message>
        <source>Points for customer service</source>
        <translation>Puntos por servicio al cliente</translation>
    </message>
    <message>
        <source>Most points for machine-room management</source>
        <translation>Puntos máximos por gestión de la sala de equipos</translation>
    </message>
    <message>
        <source>A repair is a repeat when the account had a completed order this many days before</source>
        <translation>Una reparación es repetida si la cuenta tuvo una orden terminada en estos días previos</translation>
    </message>
    <message>
        <source>A monthly total below this is a strike</source>
        <translation>Un total mensual por debajo de esto es una falta</translation>
    </message>
    <message>
        <source>Months in which strikes are counted</source>
        <translation>Meses en los que se cuentan las faltas</translation>
    </message>
    <message>
        <source>Strikes in that window that end a unit&apos;s contract</source>
        <translation>Faltas en ese periodo que terminan el contrato de una unidad</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Failed sign-ins in a row that lock a user name</source>
        <translation>Intentos fallidos seguidos que bloquean un nombre de usuario</translation>
    </message>
    <message>
        <source>Minutes a locked user name waits before the next try</source>
        <translation>Minutos que un nombre bloqueado espera antes del siguiente intento</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Dotación</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Órdenes de trabajo</translation>
    </message>
    <message>
        <source>Callbacks and complaints</source>
        <translation>Seguimiento y reclamos</translation>
    </message>
    <message>
        <source>Monthly evaluation</source>
        <translation>Evaluación mensual</translation>
    </message>
    <message>
        <source>Minutes in which an agent may correct a saved call</source>
        <translation>Minutos en los que un agente puede corregir una llamada guardada</translation>
    </message>
    <message>
        <source>Callback quality</source>
        <translation>Calidad de las llamadas de seguimiento</translation>
    </message>
    <message>
        <source>Calls of each agent a supervisor scores a month</source>
        <translation>Llamadas de cada agente que un supervisor puntúa al mes</translation>
    </message>
    <message>
        <source>Scoring form: greeting and identification</source>
        <translation>Formulario: saludo e identificación</translation>
    </message>
    <message>
        <source>Scoring form: all six questions asked neutrally</source>
        <translation>Formulario: las seis preguntas hechas de forma neutral</translation>
    </message>
    <message>
        <source>Scoring form: answers recorded as given</source>
        <translation>Formulario: respuestas registradas tal como se dieron</translation>
    </message>
    <message>
        <source>Scoring form: courtesy</source>
        <translation>Formulario: cortesía</translation>
    </message>
    <message>
        <source>Scoring form: closing and complaint handling</source>
        <translation>Formulario: cierre y manejo de quejas</translation>
    </message>
    <message>
        <source>Service-level policy and credits</source>
        <translation>Política de nivel de servicio y créditos</translation>
    </message>
    <message>
        <source>Credit once for a late install or move</source>
        <translation>Crédito único por una instalación o traslado con retraso</translation>
    </message>
    <message>
        <source>Credit per day a late repair is late</source>
        <translation>Crédito por cada día de retraso de una reparación</translation>
    </message>
    <message>
        <source>Most credit for one late repair</source>
        <translation>Crédito máximo por una reparación con retraso</translation>
    </message>
    <message>
        <source>Credit per day a late install or move is late</source>
        <translation>Crédito por cada día de retraso de una instalación o traslado</translation>
    </message>
    <message>
        <source>Most per-day credit for one late install or move</source>
        <translation>Crédito diario máximo por una instalación o traslado con retraso</translation>
    </message>
    <message>
        <source>Credit for a missed appointment (the technician came after the window, or never)</source>
        <translation>Crédito por cita incumplida (el técnico llegó después de la franja, o nunca)</translation>
    </message>
    <message>
        <source>Deadline policy (0 = same day, 1 = working days)</source>
        <translation>Política de plazos (0 = mismo día, 1 = días hábiles)</translation>
    </message>
    <message>
        <source>Working weekdays (Monday 1, Tuesday 2, Wednesday 4, Thursday 8, Friday 16, Saturday 32, Sunday 64, added up)</source>
        <translation>Días laborables de la semana (lunes 1, martes 2, miércoles 4, jueves 8, viernes 16, sábado 32, domingo 64, sumados)</translation>
    </message>
    <message>
        <source>Working days an install or a move has (working-days policy)</source>
        <translation>Días hábiles para una instalación o un traslado (política de días hábiles)</translation>
    </message>
    <message>
        <source>Working days a repair has (working-days policy)</source>
        <translation>Días hábiles para una reparación (política de días hábiles)</translation>
    </message>
    <message>
        <source>Working days a removal has (working-days policy)</source>
        <translation>Días hábiles para un retiro (política de días hábiles)</translation>
    </message>
    <message>
        <source>Same day: due by the end of the day of receipt, or 24 hours after the 16:00 cut-off; 20 once for a late install or move, 10 per started day for a late repair (at most 100).</source>
        <translation>Mismo día: vence al final del día de recepción, o 24 horas después si llega a partir del corte de las 16:00; 20 una vez por instalación o traslado con retraso, 10 por día iniciado de retraso de una reparación (hasta 100).</translation>
    </message>
    <message>
        <source>Working days, Monday to Friday less holidays: a repair within 2 working days, then 9.76 per calendar day late; 6.51 per calendar day a late install or move; 32.55 for a missed appointment.</source>
        <translation>Días hábiles, de lunes a viernes menos feriados: una reparación en 2 días hábiles, luego 9,76 por día natural de retraso; 6,51 por día natural de retraso de una instalación o traslado; 32,55 por cita incumplida.</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Días hábiles</translation>
    </message>
    <message>
        <source>Same day</source>
        <translation>Mismo día</translation>
    </message>
    <message>
        <source>An order is “stuck on site” when its team has been there this many minutes</source>
        <translation>Una orden está «atascada en sitio» cuando su cuadrilla lleva allí estos minutos</translation>
    </message>
    <message>
        <source>Days after a month is finalized in which a unit may appeal its items</source>
        <translation>Días tras el cierre de un mes en los que una unidad puede apelar sus elementos</translation>
    </message>
</context>
<context>
    <name>fd::RuntimeRole</name>
    <message>
        <source>--runtime-role is for a PostgreSQL database: a database file has no roles; protect it with the file&apos;s permissions.</source>
        <translation>--runtime-role es para una base de datos PostgreSQL: un archivo de base de datos no tiene roles; protéjalo con los permisos del archivo.</translation>
    </message>
    <message>
        <source>“%1” is not a role name FiberDesk accepts: lower-case letters, digits and _, starting with a letter.</source>
        <translation>«%1» no es un nombre de rol que FiberDesk acepte: letras minúsculas, dígitos y _, empezando por una letra.</translation>
    </message>
    <message>
        <source>The server has no role “%1”: create it first (CREATE ROLE %1 LOGIN PASSWORD …).</source>
        <translation>El servidor no tiene el rol «%1»: créelo primero (CREATE ROLE %1 LOGIN PASSWORD …).</translation>
    </message>
    <message>
        <source>The runtime role must not be the role running init: the owner of the tables may always change them. Run init as the owner and name another role.</source>
        <translation>El rol de ejecución no puede ser el rol que ejecuta init: el propietario de las tablas siempre puede cambiarlas. Ejecute init como propietario y nombre otro rol.</translation>
    </message>
</context>
<context>
    <name>fd::Schedule</name>
    <message>
        <source>More jobs at once than the team has active technicians</source>
        <translation>Más trabajos a la vez que técnicos activos tiene la cuadrilla</translation>
    </message>
    <message>
        <source>The window ends after the deadline</source>
        <translation>La franja termina después del plazo</translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <translation>Fuera del horario de trabajo</translation>
    </message>
    <message>
        <source>The team does not cover the area</source>
        <translation>La cuadrilla no cubre la zona</translation>
    </message>
    <message>
        <source>The team&apos;s unit is not active</source>
        <translation>La unidad de la cuadrilla no está activa</translation>
    </message>
</context>
<context>
    <name>fd::ScheduleCommand</name>
    <message>
        <source>Not undone: %1</source>
        <translation>No se deshizo: %1</translation>
    </message>
    <message>
        <source>Not redone: %1</source>
        <translation>No se rehízo: %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Deshecho: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Rehecho: %1</translation>
    </message>
</context>
<context>
    <name>fd::ScheduleModel</name>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message numerus="yes">
        <source>%n technicians</source>
        <translation>
            <numerusform>%n técnico</numerusform>
            <numerusform>%n técnicos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h booked</source>
        <translation>%1 h reservadas</translation>
    </message>
    <message>
        <source>Unit %1 · areas %2</source>
        <translation>Unidad %1 · zonas %2</translation>
    </message>
    <message>
        <source>%1
%2 · %3 · deadline %4</source>
        <translation>%1
%2 · %3 · plazo %4</translation>
    </message>
    <message>
        <source>Team / order</source>
        <translation>Cuadrilla / orden</translation>
    </message>
    <message>
        <source>Technicians / window</source>
        <translation>Técnicos / franja</translation>
    </message>
    <message>
        <source>Booked / problems</source>
        <translation>Reservado / problemas</translation>
    </message>
</context>
<context>
    <name>fd::SchedulePlanner</name>
    <message numerus="yes">
        <source>Book the day&apos;s plan (%n order(s))</source>
        <translation>
            <numerusform>Reservar el plan del día (%n orden)</numerusform>
            <numerusform>Reservar el plan del día (%n órdenes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Book %1</source>
        <translation>Reservar %1</translation>
    </message>
    <message numerus="yes">
        <source>Booked %n order(s) of the day&apos;s plan.</source>
        <translation>
            <numerusform>Se reservó %n orden del plan del día.</numerusform>
            <numerusform>Se reservaron %n órdenes del plan del día.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::ScheduleService</name>
    <message>
        <source>The working hours in the settings (%1 “%2”, %3 “%4”) are not two times HH:mm, the first before the second.</source>
        <translation>El horario de trabajo de la configuración (%1 «%2», %3 «%4») no son dos horas HH:mm con la primera antes de la segunda.</translation>
    </message>
    <message>
        <source>There is no team with the code “%1”.</source>
        <translation>No hay ninguna cuadrilla con el código «%1».</translation>
    </message>
    <message>
        <source>The schedule needs a valid date (YYYY-MM-DD).</source>
        <translation>La agenda necesita una fecha válida (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>A booking of order %1 needs a team and a window whose end is after its start.</source>
        <translation>La reserva de la orden %1 necesita una cuadrilla y una franja que termine después de empezar.</translation>
    </message>
    <message>
        <source>There is no order “%1”.</source>
        <translation>No existe la orden “%1”.</translation>
    </message>
    <message>
        <source>The window of order %1 must end after it starts.</source>
        <translation>La franja de la orden %1 debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>Order %1 cannot be given a window without a team.</source>
        <translation>No se puede dar una franja a la orden %1 sin una cuadrilla.</translation>
    </message>
    <message>
        <source>Order %1 was changed by someone else after you saw it; nothing was saved. Refresh and make the change again.</source>
        <translation>Otra persona cambió la orden %1 después de que usted la viera; no se guardó nada. Actualice y vuelva a hacer el cambio.</translation>
    </message>
</context>
<context>
    <name>fd::ScheduleTab</name>
    <message>
        <source>Book with problems?</source>
        <translation>¿Reservar con problemas?</translation>
    </message>
    <message>
        <source>Book anyway</source>
        <translation>Reservar de todos modos</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 días</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last booking (Ctrl+Z)</source>
        <translation>Deshacer la última reserva (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo the booking undone (Ctrl+Shift+Z)</source>
        <translation>Rehacer la reserva deshecha (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>Day sheet (PDF)…</source>
        <translation>Hoja del día (PDF)…</translation>
    </message>
    <message>
        <source>The chosen team&apos;s day, to take on the road</source>
        <translation>El día de la cuadrilla elegida, para llevar en ruta</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Book (Enter)</source>
        <translation>Reservar (Intro)</translation>
    </message>
    <message>
        <source>Assign the chosen order to the team and agree the window</source>
        <translation>Asignar la orden elegida a la cuadrilla y acordar la franja</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:%1&apos;&gt;&amp;nbsp;overdue&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;due soon&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%3&apos;&gt;&amp;nbsp;on track&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%4&apos;&gt;&amp;nbsp;met&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;color:%5&apos;&gt;⚠ red edge: a problem&lt;/span&gt; · &lt;span style=&apos;background:%6&apos;&gt;&amp;nbsp;shaded&amp;nbsp;&lt;/span&gt; more jobs than technicians · drag a block to move it, its right end to change its length</source>
        <translation>&lt;span style=&apos;background:%1&apos;&gt;&amp;nbsp;vencida&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;vence pronto&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%3&apos;&gt;&amp;nbsp;a tiempo&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%4&apos;&gt;&amp;nbsp;cumplida&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;color:%5&apos;&gt;⚠ borde rojo: un problema&lt;/span&gt; · &lt;span style=&apos;background:%6&apos;&gt;&amp;nbsp;sombreado&amp;nbsp;&lt;/span&gt; más trabajos que técnicos · arrastre un bloque para moverlo, su extremo derecho para cambiar su duración</translation>
    </message>
    <message>
        <source>Only dispatchers book orders</source>
        <translation>Solo los despachadores reservan órdenes</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Todas las unidades</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Todas las zonas</translation>
    </message>
    <message>
        <source>To book — every open order has a window</source>
        <translation>Por reservar — toda orden abierta tiene franja</translation>
    </message>
    <message>
        <source>To book — the first %1 orders without a window, earliest deadline first</source>
        <translation>Por reservar — las primeras %1 órdenes sin franja, primero el plazo más cercano</translation>
    </message>
    <message numerus="yes">
        <source>To book — %n orders without a window, earliest deadline first</source>
        <translation>
            <numerusform>Por reservar — %n orden sin franja, primero el plazo más cercano</numerusform>
            <numerusform>Por reservar — %n órdenes sin franja, primero el plazo más cercano</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag an order onto a team at a time, or choose it, then the team and the start below, and press Enter.</source>
        <translation>Arrastre una orden a una cuadrilla a una hora, o elíjala, luego la cuadrilla y el inicio abajo, y pulse Intro.</translation>
    </message>
    <message>
        <source>Choose an order in the list to book first.</source>
        <translation>Elija primero una orden de la lista para reservar.</translation>
    </message>
    <message>
        <source>Choose the team that is to take order %1.</source>
        <translation>Elija la cuadrilla que atenderá la orden %1.</translation>
    </message>
    <message>
        <source>There is no order “%1”.</source>
        <translation>No existe la orden “%1”.</translation>
    </message>
    <message>
        <source>order %1 for %2, %3</source>
        <translation>la orden %1 para %2, %3</translation>
    </message>
    <message>
        <source>Book %1? It would have these problems:</source>
        <translation>¿Reservar %1? Tendría estos problemas:</translation>
    </message>
    <message>
        <source>Not booked: %1.</source>
        <translation>No reservada: %1.</translation>
    </message>
    <message>
        <source>Book %1</source>
        <translation>Reservar %1</translation>
    </message>
    <message>
        <source>Booked %1.</source>
        <translation>Reservada %1.</translation>
    </message>
    <message>
        <source>Booked despite: %1.</source>
        <translation>Reservada pese a: %1.</translation>
    </message>
    <message>
        <source>Choose a team for its day sheet.</source>
        <translation>Elija una cuadrilla para su hoja del día.</translation>
    </message>
    <message>
        <source>Save the day sheet</source>
        <translation>Guardar la hoja del día</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the day sheet of %1 to %2.</source>
        <translation>Se guardó la hoja del día de %1 en %2.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Tea&amp;m</source>
        <translation>&amp;Cuadrilla</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>I&amp;nicio</translation>
    </message>
    <message>
        <source>Le&amp;ngth</source>
        <translation>&amp;Duración</translation>
    </message>
    <message>
        <source>Plan the day…</source>
        <translation>Planificar el día…</translation>
    </message>
    <message>
        <source>Propose a team and a window for every order due by tomorrow that has none</source>
        <translation>Propone una cuadrilla y una franja para cada orden que vence antes de mañana y no la tiene</translation>
    </message>
</context>
<context>
    <name>fd::ScheduleView</name>
    <message>
        <source>Team schedule</source>
        <translation>Agenda de cuadrillas</translation>
    </message>
    <message>
        <source>No team matches the unit and area chosen.</source>
        <translation>Ninguna cuadrilla coincide con la unidad y la zona elegidas.</translation>
    </message>
    <message>
        <source>Team · capacity</source>
        <translation>Cuadrilla · capacidad</translation>
    </message>
    <message>
        <source>Proposed: order %1, %2
%3</source>
        <translation>Propuesta: orden %1, %2
%3</translation>
    </message>
</context>
<context>
    <name>fd::ScoreBreakdownModel</name>
    <message>
        <source>no order due this month: full points</source>
        <translation>ninguna orden con plazo este mes: puntaje completo</translation>
    </message>
    <message>
        <source>on time %1 of %2 orders due (%3)</source>
        <translation>a tiempo %1 de %2 órdenes con plazo (%3)</translation>
    </message>
    <message>
        <source>no repair received this month: full points</source>
        <translation>ninguna reparación recibida este mes: puntaje completo</translation>
    </message>
    <message>
        <source>%1 repeat faults among %2 repairs (%3)</source>
        <translation>%1 fallas repetidas entre %2 reparaciones (%3)</translation>
    </message>
    <message>
        <source>nobody reached: full points before penalties</source>
        <translation>no se contactó a nadie: puntaje completo antes de penalizaciones</translation>
    </message>
    <message>
        <source>yes %1 of %2 answers in %3 callbacks (%4)</source>
        <translation>«sí» en %1 de %2 respuestas de %3 llamadas de seguimiento (%4)</translation>
    </message>
    <message>
        <source>%1; no complaint penalty</source>
        <translation>%1; sin penalización por reclamos</translation>
    </message>
    <message>
        <source>not entered yet: required before finalizing</source>
        <translation>aún no ingresada: necesaria para cerrar</translation>
    </message>
    <message>
        <source>entered after inspection</source>
        <translation>ingresada tras la inspección</translation>
    </message>
    <message>
        <source>entered after inspection: %1</source>
        <translation>ingresada tras la inspección: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>a strike unless the machine-room score is at least %1</source>
        <translation>falta salvo que la nota de sala de equipos sea de al menos %1</translation>
    </message>
    <message>
        <source>below %1 whatever the machine-room score: a strike</source>
        <translation>por debajo de %1 sea cual sea la nota de sala de equipos: una falta</translation>
    </message>
    <message>
        <source>%1 or more already: no strike</source>
        <translation>ya %1 o más: sin falta</translation>
    </message>
    <message>
        <source>below %1: a strike</source>
        <translation>por debajo de %1: una falta</translation>
    </message>
    <message>
        <source>%1 or more: no strike</source>
        <translation>%1 o más: sin falta</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>Puntualidad</translation>
    </message>
    <message>
        <source>Maintenance quality</source>
        <translation>Calidad de mantenimiento</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>Servicio al cliente</translation>
    </message>
    <message>
        <source>Machine-room management</source>
        <translation>Gestión de la sala de equipos</translation>
    </message>
    <message>
        <source>Manual adjustment</source>
        <translation>Ajuste manual</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Double-click for the evidence</source>
        <translation>Doble clic para ver las evidencias</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Cómo se contó</translation>
    </message>
    <message>
        <source>on time %1 of %2 orders due (%3); removals on time %4 of %5</source>
        <translation>a tiempo %1 de %2 órdenes con plazo (%3); retiros a tiempo %4 de %5</translation>
    </message>
    <message>
        <source>%1 − %2 is below 0: %3</source>
        <translation>%1 − %2 queda por debajo de 0: %3</translation>
    </message>
    <message>
        <source>%1 − %2 = %3</source>
        <translation>%1 − %2 = %3</translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln staff-caused complaint(s) −%2 points; %3</source>
        <translation>
            <numerusform>%1; %Ln reclamo causado por el personal −%2 puntos; %3</numerusform>
            <numerusform>%1; %Ln reclamos causados por el personal −%2 puntos; %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::ScoreFormat</name>
    <message>
        <source>MMMM yyyy</source>
        <comment>a month and its year, as a QDate format</comment>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>fd::Screenshots</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>fd::Settings</name>
    <message>
        <source>The site-wide settings file %1 holds a database password, which every user of this machine can read; FiberDesk ignores it. Remove it from %2 there and give the password at sign-in or in FIBERDESK_DB_PASSWORD.</source>
        <translation>El archivo de configuración de todo el sitio %1 contiene una contraseña de la base de datos, que cualquier usuario de este equipo puede leer; FiberDesk la ignora. Quítela de %2 en ese archivo e indique la contraseña al iniciar sesión o en FIBERDESK_DB_PASSWORD.</translation>
    </message>
</context>
<context>
    <name>fd::SettingsPage</name>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Every threshold is a setting. Saving makes a new version; evaluations name the version they used, so older results never change.</source>
        <translation>Cada umbral es un ajuste. Guardar crea una versión nueva; las evaluaciones indican la versión que usaron, así los resultados anteriores nunca cambian.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Optional: why the rules change (contract clause, decision…)</source>
        <translation>Opcional: por qué cambian las reglas (cláusula del contrato, decisión…)</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Guardar como versión nueva</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Fills in the defaults; nothing is saved until “Save as new version”.</source>
        <translation>Rellena los valores por omisión; no se guarda nada hasta «Guardar como versión nueva».</translation>
    </message>
    <message>
        <source>Rule versions</source>
        <translation>Versiones de reglas</translation>
    </message>
    <message>
        <source>Operator time zone</source>
        <translation>Zona horaria del operador</translation>
    </message>
    <message>
        <source>Days, months and the same-day cut-off are counted in this zone.</source>
        <translation>Los días, los meses y la hora de corte se cuentan en esta zona.</translation>
    </message>
    <message>
        <source>The computer&apos;s zone (%1)</source>
        <translation>La zona del equipo (%1)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Use another database…</source>
        <translation>Usar otra base de datos…</translation>
    </message>
    <message>
        <source>Version %1 is in force</source>
        <translation>La versión %1 está vigente</translation>
    </message>
    <message>
        <source>FiberDesk is counting days in %1.</source>
        <translation>FiberDesk cuenta los días en %1.</translation>
    </message>
    <message>
        <source>Nothing changed; version %1 stays in force.</source>
        <translation>Nada cambió; la versión %1 sigue vigente.</translation>
    </message>
    <message>
        <source>Saved as version %1, now in force.</source>
        <translation>Guardada como versión %1, ya vigente.</translation>
    </message>
    <message>
        <source>Rules version %1 saved.</source>
        <translation>Versión de reglas %1 guardada.</translation>
    </message>
    <message>
        <source>Saved. FiberDesk counts days in %1 from its next start.</source>
        <translation>Guardado. FiberDesk contará los días en %1 a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>FiberDesk opens %1 the next time it starts.</source>
        <translation>FiberDesk abrirá %1 la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Saved, but the FIBERDESK_DB environment variable names %1 and takes precedence.</source>
        <translation>Guardado, pero la variable de entorno FIBERDESK_DB indica %1 y tiene prioridad.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Automatic daily backups are off.</source>
        <translation>Las copias diarias automáticas están desactivadas.</translation>
    </message>
    <message>
        <source>A compressed backup a day goes to %1; each is kept %2 days, and the last of each of the last %3 months.</source>
        <translation>Cada día se guarda una copia comprimida en %1; cada una se conserva %2 días, además de la última de cada uno de los últimos %3 meses.</translation>
    </message>
    <message>
        <source>Backups kept: %1, taking %2 on the disk.</source>
        <translation>Copias conservadas: %1, que ocupan %2 en el disco.</translation>
    </message>
    <message>
        <source>The newest: %1 (%2).</source>
        <translation>La más reciente: %1 (%2).</translation>
    </message>
    <message>
        <source>Default: %1. Allowed: %2 to %3.</source>
        <translation>Valor predeterminado: %1. Permitido: de %2 a %3.</translation>
    </message>
    <message>
        <source>Restore the defaults</source>
        <translation>Restablecer los valores predeterminados</translation>
    </message>
    <message>
        <source>Service-level policy</source>
        <translation>Política de nivel de servicio</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>Same day: by the end of the day of receipt, or 24 hours after the cut-off</source>
        <translation>Mismo día: al final del día de recepción, o 24 horas después del corte</translation>
    </message>
    <message>
        <source>Working days: a number of working days after the day of receipt</source>
        <translation>Días hábiles: un número de días hábiles tras el día de recepción</translation>
    </message>
    <message>
        <source>Working weekdays</source>
        <translation>Días laborables</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Ajuste predefinido</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Fills in the preset&apos;s policy, days and credits; nothing is saved until “Save as new version”. Amounts can be changed afterwards.</source>
        <translation>Rellena la política, los días y los créditos del ajuste predefinido; no se guarda nada hasta «Guardar como versión nueva». Los importes pueden cambiarse después.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Holidays in the calendar: %1. Import a holidays file (date,name) to add to it.</source>
        <translation>Feriados en el calendario: %1. Importe un archivo de feriados (date,name) para añadir más.</translation>
    </message>
    <message>
        <source>Next: %1.</source>
        <translation>Próximos: %1.</translation>
    </message>
</context>
<context>
    <name>fd::SignInDialog</name>
    <message>
        <source>FiberDesk — create the administrator</source>
        <translation>FiberDesk — crear el administrador</translation>
    </message>
    <message>
        <source>FiberDesk — sign in</source>
        <translation>FiberDesk — iniciar sesión</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to FiberDesk&lt;/h3&gt;&lt;p&gt;This database has no users yet. Create the administrator: they will add the dispatchers, callback agents and evaluators.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bienvenido a FiberDesk&lt;/h3&gt;&lt;p&gt;Esta base de datos aún no tiene usuarios. Cree el administrador: él dará de alta a los despachadores, los agentes de rellamada y los evaluadores.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sign in to FiberDesk&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Iniciar sesión en FiberDesk&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>e.g. Marta Ríos</source>
        <translation>p. ej. Marta Ríos</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Nombre completo</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Repita la contraseña</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Crear e iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>fd::StatusHistoryDialog</name>
    <message>
        <source>Status history of %1</source>
        <translation>Historial de estados de %1</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Estados</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Record assessment…</source>
        <translation>Registrar evaluación…</translation>
    </message>
    <message>
        <source>A passed retraining reinstates a terminated unit from its date</source>
        <translation>Una recapacitación aprobada restituye a la unidad rescindida desde su fecha</translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation>No existe la unidad %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 — %2&lt;/b&gt; is &lt;b&gt;%3&lt;/b&gt;. Strikes in the window of its latest finalized month: %4.</source>
        <translation>&lt;b&gt;%1 — %2&lt;/b&gt; está &lt;b&gt;%3&lt;/b&gt;. Faltas en el periodo de su último mes cerrado: %4.</translation>
    </message>
    <message>
        <source>It must rectify by %1 and pass a retraining assessment to be reinstated.</source>
        <translation>Debe subsanar antes del %1 y aprobar una evaluación de recapacitación para ser restituida.</translation>
    </message>
</context>
<context>
    <name>fd::StatusHistoryModel</name>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Ended by month</source>
        <translation>Terminado por el mes</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
</context>
<context>
    <name>fd::TeamDayView</name>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Franja</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message numerus="yes">
        <source>%n appointments</source>
        <translation>
            <numerusform>%n cita</numerusform>
            <numerusform>%n citas</numerusform>
        </translation>
    </message>
    <message>
        <source>Tea&amp;m</source>
        <translation>&amp;Cuadrilla</translation>
    </message>
</context>
<context>
    <name>fd::TeamDialog</name>
    <message>
        <source>Edit team %1</source>
        <translation>Editar cuadrilla %1</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Nueva cuadrilla</translation>
    </message>
    <message>
        <source>Covers areas</source>
        <translation>Cubre las zonas</translation>
    </message>
    <message>
        <source>A team covers only areas of its own unit. Every area needs at least one team.</source>
        <translation>Una cuadrilla solo cubre zonas de su propia unidad. Cada zona necesita al menos una cuadrilla.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 subscribers)</source>
        <translation>%1 — %2 (%3 abonados)</translation>
    </message>
    <message>
        <source>%1 · also covered by %2</source>
        <translation>%1 · también cubierta por %2</translation>
    </message>
    <message>
        <source>%1 · no other team</source>
        <translation>%1 · ninguna otra cuadrilla</translation>
    </message>
    <message>
        <source>This unit serves no areas yet.</source>
        <translation>Esta unidad aún no atiende ninguna zona.</translation>
    </message>
</context>
<context>
    <name>fd::TeamModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Covers areas</source>
        <translation>Cubre las zonas</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Abonados</translation>
    </message>
    <message>
        <source>Active technicians</source>
        <translation>Técnicos activos</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
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
    <name>fd::TeamsTab</name>
    <message>
        <source>Search code, name, unit, area (Ctrl+F)</source>
        <translation>Buscar código, nombre, unidad, zona (Ctrl+F)</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Cuadrillas</translation>
    </message>
    <message>
        <source>Saved the new team.</source>
        <translation>Se guardó la nueva cuadrilla.</translation>
    </message>
    <message>
        <source>Saved team %1.</source>
        <translation>Se guardó la cuadrilla %1.</translation>
    </message>
</context>
<context>
    <name>fd::TechnicianDialog</name>
    <message>
        <source>Edit technician %1</source>
        <translation>Editar técnico %1</translation>
    </message>
    <message>
        <source>New technician</source>
        <translation>Nuevo técnico</translation>
    </message>
    <message>
        <source>e.g. +51 987 654 321</source>
        <translation>p. ej. +51 987 654 321</translation>
    </message>
    <message>
        <source>Holds an FTTH tool kit</source>
        <translation>Tiene un kit de herramientas FTTH</translation>
    </message>
</context>
<context>
    <name>fd::TechnicianModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Cuadrilla</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
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
        <source>Every active technician needs an FTTH tool kit.</source>
        <translation>Cada técnico activo necesita un kit de herramientas FTTH.</translation>
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
    <name>fd::TechniciansTab</name>
    <message>
        <source>Search code, name, team, unit, phone, permit (Ctrl+F)</source>
        <translation>Buscar código, nombre, cuadrilla, unidad, teléfono, permiso (Ctrl+F)</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Técnicos</translation>
    </message>
    <message>
        <source>Saved the new technician.</source>
        <translation>Se guardó el nuevo técnico.</translation>
    </message>
    <message>
        <source>Saved technician %1.</source>
        <translation>Se guardó el técnico %1.</translation>
    </message>
</context>
<context>
    <name>fd::TodaysCallbacks</name>
    <message>
        <source>Today&apos;s callback queue could not be prepared: %1</source>
        <translation>No se pudo preparar la cola de llamadas de seguimiento de hoy: %1</translation>
    </message>
    <message>
        <source>No callbacks are due today.</source>
        <translation>Hoy no hay llamadas de seguimiento previstas.</translation>
    </message>
    <message>
        <source>Today&apos;s callback queue: %1 calls, prepared earlier.</source>
        <translation>Cola de llamadas de seguimiento de hoy: %1 llamadas, preparada antes.</translation>
    </message>
    <message>
        <source>Today&apos;s callback queue is ready: %1 calls, %2 of them new.</source>
        <translation>La cola de llamadas de seguimiento de hoy está lista: %1 llamadas, %2 de ellas nuevas.</translation>
    </message>
</context>
<context>
    <name>fd::TrendChart</name>
    <message>
        <source>Final total</source>
        <translation>Total cerrado</translation>
    </message>
    <message>
        <source>Draft total</source>
        <translation>Total en borrador</translation>
    </message>
    <message>
        <source>Strike line %1</source>
        <translation>Línea de falta %1</translation>
    </message>
</context>
<context>
    <name>fd::TrendModel</name>
    <message>
        <source>Month number</source>
        <translation>Número de mes</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Strike</source>
        <translation>Falta</translation>
    </message>
</context>
<context>
    <name>fd::UnbookedModel</name>
    <message>
        <source>%1 · %2 · %3 · %4
Drag it onto a team at a time, or choose the team and the time below and press Enter.</source>
        <translation>%1 · %2 · %3 · %4
Arrástrela a una cuadrilla a una hora, o elija la cuadrilla y la hora abajo y pulse Intro.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
</context>
<context>
    <name>fd::UnitDialog</name>
    <message>
        <source>Edit unit %1</source>
        <translation>Editar unidad %1</translation>
    </message>
    <message>
        <source>New maintenance unit</source>
        <translation>Nueva unidad de mantenimiento</translation>
    </message>
    <message>
        <source>e.g. U07</source>
        <translation>p. ej. U07</translation>
    </message>
    <message>
        <source>The status changes through assessments and “Change status…”, not here.</source>
        <translation>El estado cambia mediante evaluaciones y «Cambiar estado…», no aquí.</translation>
    </message>
    <message>
        <source>A new unit starts as a candidate. It may receive work once it passes a qualification assessment.</source>
        <translation>Una unidad nueva empieza como candidata. Puede recibir trabajo cuando aprueba la homologación.</translation>
    </message>
</context>
<context>
    <name>fd::UnitEvaluationPanel</name>
    <message>
        <source>Score and trend</source>
        <translation>Nota y evolución</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>%1: total of the %2 months to %3</source>
        <translation>%1: total de los %2 meses hasta %3</translation>
    </message>
    <message>
        <source>%1: no complaint received in %2</source>
        <translation>%1: ningún reclamo recibido en %2</translation>
    </message>
    <message>
        <source>%1: complaints received in %2 by category</source>
        <translation>%1: reclamos recibidos en %2 por categoría</translation>
    </message>
</context>
<context>
    <name>fd::UnitModel</name>
    <message>
        <source>Becomes active after passing a qualification assessment.</source>
        <translation>Pasa a activa al aprobar la homologación.</translation>
    </message>
    <message>
        <source>Contract rescinded: no new orders. A passed retraining assessment reinstates the unit.</source>
        <translation>Contrato rescindido: sin órdenes nuevas. Una recapacitación aprobada restituye la unidad.</translation>
    </message>
    <message>
        <source>Subscribers of the unit&apos;s active service areas</source>
        <translation>Abonados de las zonas de servicio activas de la unidad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation>Subsanar antes de</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>N.º de contrato</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>Inicio del contrato</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Abonados</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Cuadrillas</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Técnicos</translation>
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
        <source>Give a reason for changing a unit&apos;s status.</source>
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
<context>
    <name>fd::UnitStatusDialog</name>
    <message>
        <source>Change the status of %1</source>
        <translation>Cambiar el estado de %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 — %2&lt;/b&gt; is &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1 — %2&lt;/b&gt; está &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Retire the unit — it stops working for the operator and leaves the reports</source>
        <translation>Retirar la unidad: deja de trabajar para el operador y sale de los informes</translation>
    </message>
    <message>
        <source>Rescind the contract — no new orders; the unit must rectify and pass a retraining assessment</source>
        <translation>Rescindir el contrato: sin órdenes nuevas; la unidad debe subsanar y aprobar una recapacitación</translation>
    </message>
    <message>
        <source>Take the unit back as a candidate — it must pass a qualification again</source>
        <translation>Volver a aceptar la unidad como candidata: debe aprobar de nuevo la homologación</translation>
    </message>
    <message>
        <source>Why; this goes into the unit&apos;s history and the audit log</source>
        <translation>Por qué; queda en el historial de la unidad y en el registro de auditoría</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Cambiar estado</translation>
    </message>
    <message>
        <source>Choose what happens to the unit.</source>
        <translation>Elija qué pasa con la unidad.</translation>
    </message>
</context>
<context>
    <name>fd::UnitsTab</name>
    <message>
        <source>Change status…</source>
        <translation>Cambiar estado…</translation>
    </message>
    <message>
        <source>Retire the unit, rescind its contract, or take a retired unit back</source>
        <translation>Retirar la unidad, rescindir su contrato o volver a aceptar una unidad retirada</translation>
    </message>
    <message>
        <source>Record assessment…</source>
        <translation>Registrar evaluación…</translation>
    </message>
    <message>
        <source>Qualification of a candidate, or retraining of a terminated unit</source>
        <translation>Homologación de una candidata o recapacitación de una unidad rescindida</translation>
    </message>
    <message>
        <source>Search code, name, status, contract (Ctrl+F)</source>
        <translation>Buscar código, nombre, estado, contrato (Ctrl+F)</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Saved unit %1 as a candidate.</source>
        <translation>Se guardó la unidad %1 como candidata.</translation>
    </message>
    <message>
        <source>Saved unit %1.</source>
        <translation>Se guardó la unidad %1.</translation>
    </message>
    <message>
        <source>Changed the status of %1.</source>
        <translation>Se cambió el estado de %1.</translation>
    </message>
    <message>
        <source>Recorded the assessment of %1.</source>
        <translation>Se registró la evaluación de %1.</translation>
    </message>
</context>
<context>
    <name>fd::UserDialog</name>
    <message>
        <source>Edit user %1</source>
        <translation>Editar el usuario %1</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Usuario nuevo</translation>
    </message>
    <message>
        <source>what they sign in with, e.g. mrios</source>
        <translation>con qué inicia sesión, p. ej. mrios</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>Nombre &amp;completo</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>Puede iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>R&amp;epeat the password</source>
        <translation>R&amp;epita la contraseña</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>U&amp;nit represented</source>
        <translation>U&amp;nidad representada</translation>
    </message>
    <message>
        <source>Dispatchers handle work orders; callback agents call customers and log complaints; evaluators manage the organisation, the rules, verdicts and scores; admins do all of it and manage users; a unit representative sees only its unit&apos;s evaluations, evidence, compliance and orders, and files its appeals.</source>
        <translation>Los despachadores gestionan las órdenes de trabajo; los agentes de llamadas llaman a los clientes y registran quejas; los evaluadores gestionan la organización, las reglas, los veredictos y las puntuaciones; los administradores hacen todo eso y gestionan los usuarios; un representante de unidad ve solo las evaluaciones, la evidencia, el cumplimiento y las órdenes de su unidad, y presenta sus apelaciones.</translation>
    </message>
</context>
<context>
    <name>fd::UserModel</name>
    <message>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>Puede iniciar sesión</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Contraseña cambiada</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>fd::UserService</name>
    <message>
        <source>The password could not be stored: the password library failed to start.</source>
        <translation>No se pudo guardar la contraseña: la biblioteca de contraseñas no arrancó.</translation>
    </message>
    <message>
        <source>A user needs a name to sign in with.</source>
        <translation>Un usuario necesita un nombre para iniciar sesión.</translation>
    </message>
    <message>
        <source>A user name has at most %1 characters.</source>
        <translation>Un nombre de usuario tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A user name has no spaces or control characters.</source>
        <translation>Un nombre de usuario no lleva espacios ni caracteres de control.</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>Una contraseña tiene al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>A password may not be the user name.</source>
        <translation>La contraseña no puede ser el nombre de usuario.</translation>
    </message>
    <message>
        <source>There is already a user named “%1”.</source>
        <translation>Ya existe un usuario llamado «%1».</translation>
    </message>
    <message>
        <source>There is no user named “%1”.</source>
        <translation>No existe ningún usuario llamado «%1».</translation>
    </message>
    <message>
        <source>“%1” is the last active admin: make another user an admin first.</source>
        <translation>«%1» es el último administrador activo: primero haga administrador a otro usuario.</translation>
    </message>
    <message>
        <source>Only a signed-in user has a password to change.</source>
        <translation>Solo un usuario que inició sesión tiene una contraseña que cambiar.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>La contraseña actual no es correcta.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong, or the user may not sign in.</source>
        <translation>El usuario o la contraseña no son correctos, o el usuario no puede iniciar sesión.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins with this name: try again after %1, or ask an admin to reset the password.</source>
        <translation>Demasiados intentos fallidos con este nombre: inténtelo de nuevo después de las %1 o pida a un administrador que restablezca la contraseña.</translation>
    </message>
    <message>
        <source>This database has users already: sign in, or ask an admin for an account.</source>
        <translation>Esta base de datos ya tiene usuarios: inicie sesión o pida una cuenta a un administrador.</translation>
    </message>
    <message>
        <source>A user name has no invisible characters (such as a zero-width space): “%1” would read like another name.</source>
        <translation>Un nombre de usuario no lleva caracteres invisibles (como un espacio de ancho cero): «%1» se leería como otro nombre.</translation>
    </message>
    <message>
        <source>The system account “%1” cannot name who acts in the audit log (it has spaces, invisible characters or more than %2 characters): give --user NAME.</source>
        <translation>La cuenta del sistema «%1» no puede nombrar a quien actúa en el registro de auditoría (tiene espacios, caracteres invisibles o más de %2 caracteres): indique --user NOMBRE.</translation>
    </message>
    <message>
        <source>Only a unit representative is bound to a unit; “%1” is a %2.</source>
        <translation>Solo un representante de unidad se vincula a una unidad; “%1” es %2.</translation>
    </message>
    <message>
        <source>A unit representative is bound to one unit: name it.</source>
        <translation>Un representante de unidad se vincula a una unidad: indíquela.</translation>
    </message>
    <message>
        <source>There is no unit “%1”.</source>
        <translation>No existe la unidad “%1”.</translation>
    </message>
</context>
<context>
    <name>fd::UsersPage</name>
    <message>
        <source>Users who may sign in to this database, and what their role lets them do.</source>
        <translation>Usuarios que pueden iniciar sesión en esta base de datos y lo que su rol les permite hacer.</translation>
    </message>
    <message>
        <source>New user… (Ctrl+N)</source>
        <translation>Usuario nuevo… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit… (Enter)</source>
        <translation>Editar… (Intro)</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Restablecer la contraseña…</translation>
    </message>
    <message>
        <source>User %1 created: they can sign in now.</source>
        <translation>Usuario %1 creado: ya puede iniciar sesión.</translation>
    </message>
    <message>
        <source>User %1 saved.</source>
        <translation>Usuario %1 guardado.</translation>
    </message>
    <message>
        <source>%1 signs in with the new password from now on; a lock on the name is lifted.</source>
        <translation>%1 inicia sesión con la nueva contraseña a partir de ahora; se levanta el bloqueo del nombre.</translation>
    </message>
</context>
<context>
    <name>fd::VerdictDialog</name>
    <message>
        <source>Verify complaint %1</source>
        <translation>Verificar el reclamo %1</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Optional: what the verification found</source>
        <translation>Opcional: lo que encontró la verificación</translation>
    </message>
    <message>
        <source>Reject complaint %1</source>
        <translation>Rechazar el reclamo %1</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Why the complaint is rejected (required)</source>
        <translation>Por qué se rechaza el reclamo (obligatorio)</translation>
    </message>
    <message>
        <source>Resolve complaint %1</source>
        <translation>Resolver el reclamo %1</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>How it was resolved with the customer (required)</source>
        <translation>Cómo se resolvió con el cliente (obligatorio)</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>unidad %1</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>orden %1</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>recibido el %1</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>month and year</comment>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Caused by the maintenance staff — costs unit %1 %2 penalty points in %3</source>
        <translation>Causado por el personal de mantenimiento — resta a la unidad %1 %2 puntos de penalización en %3</translation>
    </message>
    <message>
        <source>Not caused by the maintenance staff — no penalty</source>
        <translation>No causado por el personal de mantenimiento — sin penalización</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Dictamen: %1</translation>
    </message>
    <message>
        <source>Your name and the time go into the audit log.</source>
        <translation>Su nombre y la hora quedan en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Say whether the maintenance staff caused the complaint.</source>
        <translation>Indique si el personal de mantenimiento causó el reclamo.</translation>
    </message>
</context>
<context>
    <name>fd::readBack</name>
    <message>
        <source>The record just saved could not be read back; the change was not kept.</source>
        <translation>No se pudo volver a leer el registro recién guardado; el cambio no se conservó.</translation>
    </message>
</context>
</TS>
