result:solve[123456789]; show result;
