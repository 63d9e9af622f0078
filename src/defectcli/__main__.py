from defectcli.cli import main

main()
