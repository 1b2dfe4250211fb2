// Integration and end-to-end suites talk to real servers (FerretDB on PostgreSQL, Kafka)
// that share two cores with everything else on the machine: a test that writes a
// thousand documents can pass jest's default 5 s there without anything being wrong.
// Tests that wait on something specific still set their own limit.
jest.setTimeout(30_000);
