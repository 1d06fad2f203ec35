/**
 */
package io.ringside.model.virtio;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Split Virtqueue</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A split virtqueue: descriptor table, available ring, used ring.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.virtio.SplitVirtqueue#getAvailRing <em>Avail Ring</em>}</li>
 *   <li>{@link io.ringside.model.virtio.SplitVirtqueue#getUsedRing <em>Used Ring</em>}</li>
 * </ul>
 *
 * @see io.ringside.model.virtio.VirtioPackage#getSplitVirtqueue()
 * @model
 * @generated
 */
public interface SplitVirtqueue extends Virtqueue {
	/**
	 * Returns the value of the '<em><b>Avail Ring</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Avail Ring</em>' containment reference.
	 * @see #setAvailRing(AvailRing)
	 * @see io.ringside.model.virtio.VirtioPackage#getSplitVirtqueue_AvailRing()
	 * @model containment="true"
	 * @generated
	 */
	AvailRing getAvailRing();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.SplitVirtqueue#getAvailRing <em>Avail Ring</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Avail Ring</em>' containment reference.
	 * @see #getAvailRing()
	 * @generated
	 */
	void setAvailRing(AvailRing value);

	/**
	 * Returns the value of the '<em><b>Used Ring</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Used Ring</em>' containment reference.
	 * @see #setUsedRing(UsedRing)
	 * @see io.ringside.model.virtio.VirtioPackage#getSplitVirtqueue_UsedRing()
	 * @model containment="true"
	 * @generated
	 */
	UsedRing getUsedRing();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.SplitVirtqueue#getUsedRing <em>Used Ring</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Used Ring</em>' containment reference.
	 * @see #getUsedRing()
	 * @generated
	 */
	void setUsedRing(UsedRing value);

} // SplitVirtqueue
