import Foundation
import SnowpakCLI

exit(SnowpakCLI.main())
