namespace ic {}
