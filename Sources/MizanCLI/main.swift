import Foundation
import Mizan

print("mizan")
