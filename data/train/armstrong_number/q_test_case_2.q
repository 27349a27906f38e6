result:solve[123]; show result;
