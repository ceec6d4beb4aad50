/** The default confidentiality agreement in Spanish (version 1), the same promise as the English text. */
export const defaultAgreementEs = `# Nuestro acuerdo de confidencialidad

La mentoría funciona porque puedes hablar con libertad. Este acuerdo explica qué queda entre mentor
y mentoreado, la única excepción a esa promesa, qué puede y qué no puede ver el personal del programa,
y qué hacer si algo te preocupa. Léelo antes de tu primer encuentro. Si algo no está claro, pregunta a
la persona que coordina el programa.

## Lo que queda en privado

- Lo que hablas con tu pareja de mentoría en los encuentros y mensajes queda entre ustedes dos.
- Tus notas privadas son tuyas. Las notas que decides compartir solo las ve tu pareja de mentoría.
- No repetirás lo que tu pareja te cuente a amistades, familia, compañeros ni en redes sociales, y no
  compartirás capturas de pantalla de sus conversaciones.
- Si dejan de verse, la promesa sigue: lo que se dijo en confianza se queda en confianza.

## La excepción: la seguridad y el bienestar

La confidencialidad tiene un límite. Si algo que oyes o ves te preocupa por **la seguridad o el
bienestar de cualquier persona** —tu pareja, tú o alguien más—, hay que comunicarlo a la **persona
responsable de protección** de la organización. Eso incluye que alguien sufra daño o corra el riesgo
de sufrirlo, pensamientos de autolesión, abuso, desatención o una presión que no puede afrontar solo.

Por eso, un mentor nunca promete guardar un secreto. Si tu mentoreado empieza a contarte algo así,
dile con cariño que quizá tengas que comunicarlo para protegerle, escucha y no investigues ni hagas
preguntas que sugieran respuestas. Comunica la preocupación ese mismo día. En una emergencia, llama
primero a los servicios de emergencia y después avisa a la persona responsable de protección.

La persona responsable de protección solo comparte lo que sabe con quienes necesitan saberlo para
ayudar.

## Lo que el personal del programa puede y no puede ver

Quienes coordinan el programa **pueden** ver quién forma pareja con quién, el calendario de
encuentros y la asistencia, si se cumplieron los compromisos y cómo va la relación en general. Ven tus
experiencias vividas solo si decidiste mostrárselas al personal.

**No pueden** ver tus mensajes, tus notas, los comentarios que se escriben el uno al otro ni los detalles de una
preocupación. Solo la persona responsable de protección ve una preocupación, y el contenido de una
pareja solo se abre mediante un procedimiento de emergencia registrado («romper el cristal») que queda
anotado en el registro de auditoría. Si tu programa revisa los mensajes entre personas adultas y
jóvenes, el programa te lo dirá antes de que nadie escriba una palabra.

## Cómo comunicar una preocupación

- Avisa a la persona responsable de protección de la organización ese mismo día, en persona o por
  teléfono. Quien coordina el programa puede ponerte en contacto con ella en cualquier momento.
- No esperes al siguiente encuentro y no intentes resolverlo tú solo ni con tu pareja.
- Si alguien está en peligro inmediato, llama primero a los servicios de emergencia.

Nunca tendrás problemas por comunicar una preocupación de buena fe.

## Para participantes por debajo de la edad de consentimiento del programa

Tu madre, padre o tutor da su consentimiento antes de que participes. Puede ver el calendario de
encuentros y el hecho de que tienes una pareja de mentoría. **No puede** ver de qué hablan ustedes, tus
mensajes ni tus notas. La excepción de seguridad se aplica de la misma manera.

## Si este acuerdo cambia

Si el programa cambia este acuerdo, se te pedirá que leas y aceptes la nueva versión antes de
continuar.

Al aceptar, te comprometes a mantener en privado lo que se comparte en la mentoría y a comunicar
cualquier preocupación por la seguridad o el bienestar de alguien como se describe arriba.
`;
