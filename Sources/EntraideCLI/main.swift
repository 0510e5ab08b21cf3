print("entraide")
